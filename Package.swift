// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Parity",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "parity", targets: ["parity"]),
    ],
    dependencies: [
        .package(url: "https://github.com/vapor/vapor.git", from: "4.115.0"),
        .package(url: "https://github.com/vapor/fluent.git", from: "4.12.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver.git", from: "4.8.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver.git", from: "2.10.0"),
        .package(url: "https://github.com/vapor/leaf.git", from: "4.4.0"),
        // The SMTP client (issue 21): already in the build through Vapor.
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.65.0"),
        .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.27.0"),
        // Reading and writing .xlsx workbooks (ZIP archives of XML), issue 9.
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", from: "0.9.20"),
        // Verifying OpenID Connect ID tokens against the provider's JWKS (issue 21).
        .package(url: "https://github.com/vapor/jwt-kit.git", from: "5.7.1"),
        // Test only: property-based checks of the return file reader (issue 12).
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        // The domain: pure Swift, no package dependencies, so the compiler keeps it free of I/O.
        // Optimised in debug builds too: a year's disclosure across outputs (issue 19) weighs
        // every count of the region at once, and the tests and `swift run` should not wait on it.
        .target(name: "ParityCore", swiftSettings: [.unsafeFlags(["-O"], .when(configuration: .debug))]),
        // The .xlsx codec: `ParityCore.Workbook` to and from bytes. No Vapor, so the command
        // line and tests use it without a server.
        .target(
            name: "ParityWorkbook",
            dependencies: ["ParityCore", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .target(
            name: "ParityServer",
            dependencies: [
                "ParityCore",
                "ParityWorkbook",
                .product(name: "Vapor", package: "vapor"),
                .product(name: "Fluent", package: "fluent"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "Leaf", package: "leaf"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "JWTKit", package: "jwt-kit"),
            ],
            resources: [.copy("Organisations/Reference"), .copy("Commitments/Strategy")]
        ),
        .executableTarget(name: "parity", dependencies: ["ParityServer"]),
        .testTarget(
            name: "ParityCoreTests",
            dependencies: ["ParityCore", .product(name: "PropertyBased", package: "swift-property-based")],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "ParityWorkbookTests", dependencies: ["ParityWorkbook", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .testTarget(
            name: "ParityServerTests",
            dependencies: [
                "ParityServer",
                .product(name: "VaporTesting", package: "vapor"),
                .product(name: "JWTKit", package: "jwt-kit"),
            ],
            resources: [.copy("Fixtures")]
        ),
    ]
)
