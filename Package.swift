// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Hearth",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "hearth", targets: ["hearth"]),
        .library(name: "Hearth", targets: ["Hearth"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // Domain core: pure value types, no I/O.
        .target(name: "Hearth"),
        .target(name: "HearthSynth", dependencies: ["Hearth"]),
        // Scorecard engine: indicator definitions, targets and ratings, results by unit and month.
        .target(name: "HearthIndicators", dependencies: ["Hearth"], resources: [.copy("Resources")]),
        .executableTarget(
            name: "hearth",
            dependencies: [
                "Hearth", "HearthSynth", "HearthIndicators",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "hearth-bench",
            dependencies: [
                "Hearth", "HearthSynth", "HearthIndicators",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "HearthTests", dependencies: ["Hearth"]),
        .testTarget(name: "HearthSynthTests", dependencies: ["Hearth", "HearthSynth"]),
        .testTarget(name: "HearthIndicatorsTests", dependencies: ["Hearth", "HearthIndicators", "HearthSynth"]),
    ],
    swiftLanguageModes: [.v6]
)
