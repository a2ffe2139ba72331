// swift-tools-version: 6.1
import PackageDescription

/// The same compiler settings as the root package: Swift 6 language mode, strict concurrency.
let swiftSettings: [SwiftSetting] = [
    .swiftLanguageMode(.v6),
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "FieldDispatchBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "FieldDispatch", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .executableTarget(
            name: "quality",
            dependencies: [
                .product(name: "FieldDispatch", package: "FieldDispatch"),
                .product(name: "FieldDispatchIO", package: "FieldDispatch"),
                .product(name: "FieldDispatchValidation", package: "FieldDispatch"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/Quality",
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "citydays",
            dependencies: [
                .product(name: "FieldDispatch", package: "FieldDispatch"),
                .product(name: "FieldDispatchIO", package: "FieldDispatch"),
                .product(name: "FieldDispatchValidation", package: "FieldDispatch"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/CityDays",
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "live",
            dependencies: [
                .product(name: "FieldDispatch", package: "FieldDispatch"),
                .product(name: "FieldDispatchIO", package: "FieldDispatch"),
                .product(name: "FieldDispatchValidation", package: "FieldDispatch"),
                .product(name: "FieldDispatchGLPK", package: "FieldDispatch"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/Live",
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "surge",
            dependencies: [
                .product(name: "FieldDispatch", package: "FieldDispatch"),
                .product(name: "FieldDispatchIO", package: "FieldDispatch"),
                .product(name: "FieldDispatchValidation", package: "FieldDispatch"),
                .product(name: "FieldDispatchGLPK", package: "FieldDispatch"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/Surge",
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "partitioning",
            dependencies: [
                .product(name: "FieldDispatch", package: "FieldDispatch"),
                .product(name: "FieldDispatchIO", package: "FieldDispatch"),
                .product(name: "FieldDispatchValidation", package: "FieldDispatch"),
                .product(name: "FieldDispatchGLPK", package: "FieldDispatch"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/Partitioning",
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "scaling",
            dependencies: [
                .product(name: "FieldDispatch", package: "FieldDispatch"),
                .product(name: "FieldDispatchIO", package: "FieldDispatch"),
                .product(name: "FieldDispatchValidation", package: "FieldDispatch"),
                .product(name: "FieldDispatchGLPK", package: "FieldDispatch"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/Scaling",
            swiftSettings: swiftSettings
        ),
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
    ]
)
