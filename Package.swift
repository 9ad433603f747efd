// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Hearth",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "hearth", targets: ["hearth"]),
        .library(name: "Hearth", targets: ["Hearth"]),
        .library(name: "HearthServer", targets: ["HearthServer"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/vapor/sql-kit", from: "3.36.0"),
        .package(url: "https://github.com/vapor/sqlite-kit", from: "4.5.2"),
        .package(url: "https://github.com/vapor/postgres-kit", from: "2.17.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        // Already in the graph through Hummingbird; named so HearthServer may import HTTPTypes itself.
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        // Domain core: pure value types, no I/O.
        .target(name: "Hearth"),
        .target(name: "HearthSynth", dependencies: ["Hearth"]),
        // SSDA903, CIN census and Annex A: reading, writing and mapping to the case model.
        .target(name: "HearthReturns", dependencies: ["Hearth"]),
        // DfE SSDA903 validation rules, one per file, versioned by collection year.
        .target(name: "HearthValidation", dependencies: ["Hearth", "HearthReturns"]),
        // The durable store: SQLite by default, PostgreSQL by URL, one set of SQLKit queries.
        .target(
            name: "HearthStore",
            dependencies: [
                "Hearth",
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "SQLiteKit", package: "sqlite-kit"),
                .product(name: "PostgresKit", package: "postgres-kit"),
            ]
        ),
        // Scorecard engine: indicator definitions, targets and ratings, results by unit and month.
        .target(name: "HearthIndicators", dependencies: ["Hearth"], resources: [.copy("Resources")]),
        // Web application: pages, JSON API, sessions, roles and the audit log.
        .target(
            name: "HearthServer",
            dependencies: [
                "Hearth", "HearthReturns", "HearthIndicators", "HearthValidation", "HearthStore",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "SQLiteKit", package: "sqlite-kit"),
                .product(name: "PostgresKit", package: "postgres-kit"),
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "hearth",
            dependencies: [
                "Hearth", "HearthSynth", "HearthReturns", "HearthValidation", "HearthIndicators",
                "HearthStore", "HearthServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "hearth-bench",
            dependencies: [
                "Hearth", "HearthSynth", "HearthReturns", "HearthIndicators", "HearthValidation",
                "HearthStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "HearthTests", dependencies: ["Hearth"]),
        .testTarget(name: "HearthSynthTests", dependencies: ["Hearth", "HearthSynth", "HearthReturns", "HearthValidation"]),
        .testTarget(name: "HearthReturnsTests", dependencies: ["Hearth", "HearthReturns", "HearthSynth"]),
        .testTarget(name: "HearthValidationTests", dependencies: ["Hearth", "HearthReturns", "HearthValidation"]),
        .testTarget(name: "HearthIndicatorsTests", dependencies: ["Hearth", "HearthIndicators", "HearthSynth"]),
        .testTarget(name: "HearthStoreTests", dependencies: ["Hearth", "HearthSynth", "HearthStore"]),
        .testTarget(
            name: "HearthServerTests",
            dependencies: [
                "Hearth", "HearthServer", "HearthSynth", "HearthIndicators", "HearthReturns", "HearthStore",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "PostgresKit", package: "postgres-kit"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
