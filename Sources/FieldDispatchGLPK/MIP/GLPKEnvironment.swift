import CGLPK
import Synchronization

/// The one door to GLPK. GLPK keeps its working state (memory accounting, terminal output,
/// error handling) in an environment that is not safe to use from two threads at once, and it
/// prints to standard output unless told otherwise; every call into it goes through here.
enum GLPKEnvironment {
    private static let lock = Mutex<Void>(())

    /// Runs `body` while holding the global GLPK lock, with GLPK's terminal output silenced.
    ///
    /// The output settings are applied on every call because GLPK may keep one environment per
    /// thread, and callers arrive on whatever thread the concurrency runtime gives them.
    static func withExclusiveAccess<Outcome: Sendable>(_ body: () -> Outcome) -> Outcome {
        lock.withLock { _ in
            _ = glp_term_out(GLP_OFF)
            glp_term_hook({ _, _ in 1 }, nil)
            return body()
        }
    }

    /// The number of memory blocks GLPK holds for the calling thread; a solve that frees what
    /// it allocates leaves it unchanged. Call it inside ``withExclusiveAccess(_:)``.
    static func allocatedBlockCount() -> Int {
        var count: Int32 = 0
        var countPeak: Int32 = 0
        var bytes = 0
        var bytesPeak = 0
        glp_mem_usage(&count, &countPeak, &bytes, &bytesPeak)
        return Int(count)
    }
}
