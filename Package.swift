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
        // SSDA903, CIN census and Annex A: reading, writing and mapping to the case model.
        .target(name: "HearthReturns", dependencies: ["Hearth"]),
        // DfE SSDA903 validation rules, one per file, versioned by collection year.
        .target(name: "HearthValidation", dependencies: ["Hearth", "HearthReturns"]),
        // Scorecard engine: indicator definitions, targets and ratings, results by unit and month.
        .target(name: "HearthIndicators", dependencies: ["Hearth"], resources: [.copy("Resources")]),
        .executableTarget(
            name: "hearth",
            dependencies: [
                "Hearth", "HearthSynth", "HearthReturns", "HearthValidation", "HearthIndicators",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "hearth-bench",
            dependencies: [
                "Hearth", "HearthSynth", "HearthReturns", "HearthIndicators", "HearthValidation",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "HearthTests", dependencies: ["Hearth"]),
        .testTarget(name: "HearthSynthTests", dependencies: ["Hearth", "HearthSynth", "HearthReturns", "HearthValidation"]),
        .testTarget(name: "HearthReturnsTests", dependencies: ["Hearth", "HearthReturns", "HearthSynth"]),
        .testTarget(name: "HearthValidationTests", dependencies: ["Hearth", "HearthReturns", "HearthValidation"]),
        .testTarget(name: "HearthIndicatorsTests", dependencies: ["Hearth", "HearthIndicators", "HearthSynth"]),
    ],
    swiftLanguageModes: [.v6]
)
