// swift-tools-version:6.0
// Convene — clean contact lists, merged sign-in sheets and Excel trackers for sector partnerships.
//
// The targets are layers, each with one job and no cycles. Each line lists a target's direct dependencies, as
// README "Architecture" does; Tests/ConveneCLITests/ArchitectureDocsTests checks both against the targets below.
//   CXlsxWriter                        (system library: libxlsxwriter's C header)
//   ConveneSpreadsheet → CXlsxWriter, ZIPFoundation   (write and read .xlsx; knows nothing of Convene)
//   ConveneCSV                         (byte-level CSV; knows nothing of Convene)
//   ConveneModel                       (the domain; depends on nothing)
//   ConveneNormalize → Model           (names, emails, phones, organizations, dates)
//   ConveneImport → CSV, Spreadsheet, Model, Normalize, Yams   (Yams reads mapping files)
//   ConveneMatch → Model, Normalize
//   ConveneWorkspace → Model, Normalize, Match, Import, Spreadsheet, GRDB   (SQLite; the workflows that change it)
//   ConveneReports → Model, Normalize, Match, Spreadsheet, CSV   (workbooks and lists, the merge output among them)
//   ConveneBatch → Model, Import, Match  (the file-only merge workflow: import, match, golden records)
//   convene → Spreadsheet, CSV, Model, Normalize, Import, Match, Workspace, Reports, Batch, ArgumentParser, Logging
//                                      (the command line: thin commands only)
import PackageDescription

let package = Package(
    name: "Convene",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "ConveneSpreadsheet", targets: ["ConveneSpreadsheet"]),
        .library(name: "ConveneCSV", targets: ["ConveneCSV"]),
        .library(name: "ConveneModel", targets: ["ConveneModel"]),
        .library(name: "ConveneNormalize", targets: ["ConveneNormalize"]),
        .library(name: "ConveneImport", targets: ["ConveneImport"]),
        .library(name: "ConveneMatch", targets: ["ConveneMatch"]),
        .library(name: "ConveneWorkspace", targets: ["ConveneWorkspace"]),
        .library(name: "ConveneReports", targets: ["ConveneReports"]),
        .library(name: "ConveneBatch", targets: ["ConveneBatch"]),
        .executable(name: "convene", targets: ["convene"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        // Benchmarks only: the peer CSV parser we measure ourselves against.
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        // Documentation only: `make docs` runs its `generate-documentation` command; no target depends on it.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        // MARK: Spreadsheet layer
        .systemLibrary(
            name: "CXlsxWriter",
            pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"])]
        ),
        .target(
            name: "ConveneSpreadsheet",
            dependencies: [
                "CXlsxWriter",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),

        // MARK: Bytes
        .target(name: "ConveneCSV"),

        // MARK: Domain
        .target(name: "ConveneModel"),
        .target(name: "ConveneNormalize", dependencies: ["ConveneModel"]),
        .target(
            name: "ConveneImport",
            dependencies: [
                "ConveneCSV", "ConveneSpreadsheet", "ConveneModel", "ConveneNormalize",
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .target(name: "ConveneMatch", dependencies: ["ConveneModel", "ConveneNormalize"]),
        .target(
            name: "ConveneWorkspace",
            dependencies: [
                "ConveneModel", "ConveneNormalize", "ConveneMatch", "ConveneImport", "ConveneSpreadsheet",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .target(name: "ConveneReports", dependencies: ["ConveneModel", "ConveneNormalize", "ConveneMatch", "ConveneSpreadsheet", "ConveneCSV"]),
        .target(name: "ConveneBatch", dependencies: ["ConveneModel", "ConveneImport", "ConveneMatch"]),

        // MARK: Command line
        .executableTarget(
            name: "convene",
            dependencies: [
                "ConveneSpreadsheet", "ConveneCSV", "ConveneModel", "ConveneNormalize", "ConveneImport",
                "ConveneMatch", "ConveneWorkspace", "ConveneReports", "ConveneBatch",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),

        // MARK: Benchmarks (release build; see README "Benchmarks")
        .executableTarget(
            name: "bench-xlsx",
            dependencies: ["ConveneSpreadsheet"],
            path: "Benchmarks/bench-xlsx"
        ),
        .executableTarget(
            name: "bench-csv",
            dependencies: ["ConveneCSV", "ConveneTestSupport", .product(name: "CSV", package: "CSV.swift")],
            path: "Benchmarks/bench-csv"
        ),
        // Match quality and cost are measured through `convene merge` itself: Scripts/bench-match.sh.
        .executableTarget(
            name: "bench-workspace",
            dependencies: ["ConveneModel", "ConveneImport", "ConveneMatch", "ConveneWorkspace", "ConveneTestSupport"],
            path: "Benchmarks/bench-workspace"
        ),

        // MARK: Tests
        .target(
            name: "ConveneTestSupport",
            dependencies: ["ConveneSpreadsheet", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            path: "Tests/ConveneTestSupport"
        ),
        .testTarget(
            name: "ConveneSpreadsheetTests",
            dependencies: [
                "ConveneSpreadsheet", "ConveneTestSupport",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"), // builds hostile zips in reader tests
            ],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "ConveneCSVTests", dependencies: ["ConveneCSV", "ConveneTestSupport"]),
        .testTarget(name: "ConveneModelTests", dependencies: ["ConveneModel"]),
        .testTarget(name: "ConveneNormalizeTests", dependencies: ["ConveneNormalize", "ConveneModel"]),
        .testTarget(
            name: "ConveneImportTests",
            dependencies: ["ConveneImport", "ConveneModel", "ConveneCSV", "ConveneTestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "ConveneMatchTests",
            dependencies: ["ConveneMatch", "ConveneModel", "ConveneNormalize", "ConveneImport", "ConveneTestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "ConveneWorkspaceTests",
            dependencies: [
                "ConveneWorkspace", "ConveneModel", "ConveneMatch", "ConveneBatch", "ConveneTestSupport",
                .product(name: "GRDB", package: "GRDB.swift"), // reads the SQLite file itself in schema tests
            ]
        ),
        .testTarget(
            name: "ConveneReportsTests",
            dependencies: ["ConveneReports", "ConveneModel", "ConveneSpreadsheet", "ConveneTestSupport"]
        ),
        // Depends on the executable so that `swift test` builds the `convene` binary these tests run.
        .testTarget(name: "ConveneCLITests", dependencies: ["ConveneTestSupport", "ConveneSpreadsheet", "convene"],
                    resources: [.copy("Fixtures")]),
    ]
)
