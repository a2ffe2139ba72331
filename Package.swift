// swift-tools-version: 6.1
import PackageDescription

/// One set of compiler settings for every target: Swift 6 language mode, strict concurrency.
let swiftSettings: [SwiftSetting] = [
    .swiftLanguageMode(.v6),
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "FieldDispatch",
    products: [
        .library(name: "FieldDispatchModel", targets: ["FieldDispatchModel"]),
        .library(name: "FieldDispatch", targets: ["FieldDispatch"]),
        .library(name: "FieldDispatchIO", targets: ["FieldDispatchIO"]),
        .library(name: "FieldDispatchValidation", targets: ["FieldDispatchValidation"]),
        .library(name: "FieldDispatchGLPK", targets: ["FieldDispatchGLPK"]),
        .executable(name: "field-dispatch", targets: ["FieldDispatchCLI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .target(name: "FieldDispatchModel", swiftSettings: swiftSettings),
        .target(name: "FieldDispatchValidation", dependencies: ["FieldDispatchModel"], swiftSettings: swiftSettings),
        .target(name: "FieldDispatch", dependencies: ["FieldDispatchModel"], swiftSettings: swiftSettings),
        .target(
            name: "FieldDispatchIO",
            dependencies: ["FieldDispatchModel", "FieldDispatch"],
            resources: [.copy("Resources/scenario.schema.json")],
            swiftSettings: swiftSettings
        ),
        .systemLibrary(
            name: "CGLPK",
            providers: [.apt(["libglpk-dev"])]
        ),
        .target(
            name: "FieldDispatchGLPK",
            dependencies: ["CGLPK", "FieldDispatch"],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "FieldDispatchCLI",
            dependencies: [
                "FieldDispatch", "FieldDispatchIO", "FieldDispatchValidation", "FieldDispatchGLPK",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "FieldDispatchTestSupport",
            dependencies: ["FieldDispatch", "FieldDispatchIO", "FieldDispatchValidation"],
            path: "Tests/FieldDispatchTestSupport",
            swiftSettings: swiftSettings
        ),
        .testTarget(name: "FieldDispatchModelTests", dependencies: ["FieldDispatchModel"], swiftSettings: swiftSettings),
        .testTarget(
            name: "FieldDispatchValidationTests",
            dependencies: ["FieldDispatchValidation", "FieldDispatchTestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "FieldDispatchTests",
            dependencies: ["FieldDispatch", "FieldDispatchTestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "FieldDispatchIOTests",
            dependencies: ["FieldDispatchIO", "FieldDispatchTestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "FieldDispatchGLPKTests",
            dependencies: ["FieldDispatchGLPK", "FieldDispatchTestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "FieldDispatchCLITests",
            dependencies: ["FieldDispatchCLI", "FieldDispatchTestSupport"],
            swiftSettings: swiftSettings
        ),
    ]
)
