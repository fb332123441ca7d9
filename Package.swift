// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "sitegen",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "sitegen", targets: ["sitegen"]),
        .library(name: "SiteGenKit", targets: ["SiteGenKit"]),
        .executable(name: "sitegen-bench", targets: ["sitegen-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
        // The preview server's HTTP layer (SiteGenServer only): sockets and Swift concurrency, no SwiftNIO.
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        // Debian's libcmark-gfm-dev and libcmark-gfm-extensions-dev; module map only.
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .target(
            name: "SiteGenKit",
            dependencies: [
                "CCmarkGFM",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // `sitegen serve`: a preview server over SiteGenKit, in its own target so the library
        // stays embeddable without an HTTP dependency.
        .target(
            name: "SiteGenServer",
            dependencies: [
                "SiteGenKit",
                .product(name: "FlyingFox", package: "FlyingFox"),
                .product(name: "FlyingSocks", package: "FlyingFox"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .executableTarget(
            name: "sitegen",
            dependencies: [
                "SiteGenKit",
                "SiteGenServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The benchmark's project generator, a library so tests can check it is deterministic.
        .target(
            name: "SitegenBenchKit",
            dependencies: [
                "SiteGenKit",
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .executableTarget(
            name: "sitegen-bench",
            dependencies: [
                "SiteGenKit",
                "SitegenBenchKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "SiteGenKitTests",
            dependencies: ["SiteGenKit", "SiteGenServer", "sitegen", "SitegenBenchKit", .product(name: "Mustache", package: "swift-mustache")],
            exclude: ["Fixtures"]
        ),
    ]
)
