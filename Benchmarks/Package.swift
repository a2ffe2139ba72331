// swift-tools-version: 6.1
import PackageDescription

/// The same compiler settings as the root package: Swift 6 language mode, strict concurrency.
let swiftSettings: [SwiftSetting] = [
    .swiftLanguageMode(.v6),
    .enableUpcomingFeature("ExistentialAny"),
]

/// A command-line benchmark tool: the engine, its formats and validator, argument parsing and,
/// for the tools that measure GLPK-backed features, the GLPK bridge.
func tool(_ name: String, path: String, glpk: Bool = false) -> Target {
    var dependencies: [Target.Dependency] = [
        .product(name: "FieldDispatch", package: "FieldDispatch"),
        .product(name: "FieldDispatchIO", package: "FieldDispatch"),
        .product(name: "FieldDispatchValidation", package: "FieldDispatch"),
    ]
    if glpk { dependencies.append(.product(name: "FieldDispatchGLPK", package: "FieldDispatch")) }
    dependencies.append(.product(name: "ArgumentParser", package: "swift-argument-parser"))
    return .executableTarget(name: name, dependencies: dependencies, path: path, swiftSettings: swiftSettings)
}

let package = Package(
    name: "FieldDispatchBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "FieldDispatch", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        tool("quality", path: "Sources/Quality"),
        tool("citydays", path: "Sources/CityDays"),
        tool("live", path: "Sources/Live", glpk: true),
        tool("surge", path: "Sources/Surge", glpk: true),
        tool("partitioning", path: "Sources/Partitioning", glpk: true),
        tool("scaling", path: "Sources/Scaling", glpk: true),
        .executableTarget(
            name: "SolverBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "FieldDispatch", package: "FieldDispatch"),
                .product(name: "FieldDispatchIO", package: "FieldDispatch"),
            ],
            path: "Benchmarks/SolverBenchmarks",
            swiftSettings: swiftSettings,
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .testTarget(
            name: "QualityTests",
            dependencies: [
                "quality",
                .product(name: "FieldDispatch", package: "FieldDispatch"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ScalingTests",
            dependencies: ["scaling"],
            swiftSettings: swiftSettings
        ),
    ]
)
