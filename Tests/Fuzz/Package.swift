// swift-tools-version:6.0
// libFuzzer targets for sitegen's config and placeholder parsing and its Mustache templates. A
// package of its own, so the fuzzing flags never reach the root package, which stays usable as a
// dependency. Build and run with `.ci/fuzz [seconds]`; see docs/fuzzing.md.
import PackageDescription

let package = Package(
    name: "SiteGenFuzz",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "sitegen", path: "../.."),
    ],
    targets: [
        .executableTarget(name: "FuzzConfig", dependencies: [.product(name: "SiteGenKit", package: "sitegen")]),
        .executableTarget(name: "FuzzPlaceholder", dependencies: [.product(name: "SiteGenKit", package: "sitegen")]),
        .executableTarget(name: "FuzzTemplate", dependencies: [.product(name: "SiteGenKit", package: "sitegen")]),
    ]
)
