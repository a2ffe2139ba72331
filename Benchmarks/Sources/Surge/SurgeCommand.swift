import ArgumentParser
import FieldDispatch
import FieldDispatchGLPK
import Foundation

/// Plans a generated storm-surge horizon three ways (GLPK triage then routing, the engine alone,
/// first-come-first-served dispatch) and prints service, lateness, travel and run time, every
/// day plan judged by the validator.
@main
struct SurgeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "surge",
        abstract: "Surge triage with GLPK against the engine alone and first-come-first-served dispatch on a generated surge.",
        discussion: """
            The scenario is `field-dispatch generate --orders N/3 --technicians T --days 3 --surge 3`: \
            N requests in all (a third normal demand, two thirds storm repairs), windows on days 0-2, \
            most on day 0, and one shift per technician and day.
            """)

    @Option(name: .long, help: "Requests in the surge (normal orders x 3).")
    var orders: Int = 2_000

    @Option(name: .long, help: "Technicians in the network.")
    var technicians: Int = 150

    @Option(name: .long, help: "Wall-clock budget of the whole horizon, seconds, for each planned method.")
    var budget: Double = 20

    @Option(name: .long, help: "Share of the budget given to triage (GLPK), at most.")
    var triageShare: Double = 0.15

    @Option(name: .long, help: "Scenario and search seed.")
    var seed: UInt64 = 1

    @Option(name: .long, parsing: .upToNextOption, help: "Methods to run: triage, engine, fcfs.")
    var methods: [String] = ["triage", "engine", "fcfs"]

    @Option(name: .long, help: "Only time instance and construction on the day-0 requests of this many outlets.")
    var probe: Int?

    func validate() throws {
        guard orders >= 3, technicians >= 1 else { throw ValidationError("--orders must be at least 3 and --technicians at least 1") }
        guard budget > 0, (0..<1).contains(triageShare) else { throw ValidationError("--budget must be positive and --triage-share in [0, 1)") }
        let known: Set = ["triage", "engine", "fcfs"]
        guard methods.allSatisfy(known.contains) else { throw ValidationError("--methods takes triage, engine, fcfs") }
    }

    func run() throws {
        let normal = Int((Double(orders) / 3).rounded())
        var rng = SplitMix64(seed: seed)
        let problem = ScenarioGenerator(orders: normal, technicians: technicians, days: 3, surge: 3).generate(using: &rng)
        let horizon = SurgeHorizon(problem: problem, days: 3)
        print("\(problem.name): \(problem.orders.count) requests (generate --orders \(normal) --technicians \(technicians) --days 3 --surge 3 --seed \(seed)),"
            + " \(problem.outlets.count) outlets, 3-day horizon, budget \(budget) s per method, \(ProcessInfo.processInfo.activeProcessorCount) cores")
        print("first day of the requests: " + horizon.firstDayCounts.enumerated().map { "day \($0.offset) \($0.element)" }.joined(separator: ", ")
            + "; emergencies \(horizon.emergencies.count), \(horizon.reachableEmergencies.count) with a certified technician in reach on day 0")
        if let probe {
            for line in ConstructionProbe(problem: problem, horizon: horizon).run(outlets: probe) { print(line) }
            return
        }
        var rows: [HorizonFigures] = []
        if methods.contains("triage") { rows.append(runTriage(problem, horizon)) }
        if methods.contains("engine") { rows.append(runEngine(problem, horizon)) }
        if methods.contains("fcfs") { rows.append(runFirstComeFirstServed(problem, horizon)) }
        print("")
        print(HorizonFigures.table(rows))
        for row in rows where !row.notes.isEmpty { print("\(row.method): " + row.notes.joined(separator: "; ")) }
    }

    private func runTriage(_ problem: Problem, _ horizon: SurgeHorizon) -> HorizonFigures {
        let triageSeconds = budget * triageShare
        let clock = ContinuousClock()
        let start = clock.now
        let triage = SurgeTriage(horizon: 3, timeLimit: triageSeconds)
        // Routing gets the whole budget the triage leaves, split over the days by the planner.
        let planner = SurgePlanner(triage: triage, routing: SolveOptions(timeLimit: (budget - triageSeconds) / 3, seed: seed),
                                   timeLimit: budget)
        let plan = planner.plan(problem)
        let seconds = Self.seconds(start.duration(to: clock.now))
        var figures = HorizonFigures(method: "GLPK triage + engine", days: plan.days.map { ($0.problem, $0.plan) },
                                     horizon: horizon, seconds: seconds)
        figures.path = "\(plan.path)"
        figures.gap = plan.mipGap
        let unrouted = plan.deferred.count { $0.explanation.hasPrefix("triaged to day") }
        figures.notes = plan.warnings + [plan.timings.summary, "\(unrouted) orders triaged to a day no route of that day took"]
        return figures
    }

    private func runEngine(_ problem: Problem, _ horizon: SurgeHorizon) -> HorizonFigures {
        let clock = ContinuousClock()
        let start = clock.now
        let options = SolveOptions(timeLimit: budget / 3, seed: seed, threads: 1)
        let days = DayByDayDispatch(problem: problem, horizon: horizon, dayBudget: budget / 3).run { regionProblem, budget in
            let solver = Solver(problem: regionProblem)
            var regionOptions = options
            regionOptions.timeLimit = budget()
            return solver.solve(options: regionOptions).plan
        }
        var figures = HorizonFigures(method: "engine alone", days: days, horizon: horizon, seconds: Self.seconds(start.duration(to: clock.now)))
        figures.path = "none"
        return figures
    }

    private func runFirstComeFirstServed(_ problem: Problem, _ horizon: SurgeHorizon) -> HorizonFigures {
        let clock = ContinuousClock()
        let start = clock.now
        let days = DayByDayDispatch(problem: problem, horizon: horizon, dayBudget: 0).run { regionProblem, _ in
            FirstComeFirstServed(problem: regionProblem).plan()
        }
        var figures = HorizonFigures(method: "first come, first served", days: days, horizon: horizon,
                                     seconds: Self.seconds(start.duration(to: clock.now)))
        figures.path = "none"
        return figures
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
    }
}
