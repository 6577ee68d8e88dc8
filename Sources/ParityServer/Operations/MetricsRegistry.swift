import Foundation
import NIOConcurrencyHelpers

/// The process's counters and latency histograms, rendered in Prometheus's text format at
/// `/metrics`. One registry per process (`shared`): metrics describe the process, and
/// the importer counts its imports from wherever it runs.
final class MetricsRegistry: Sendable {
    static let shared = MetricsRegistry()

    /// Upper bounds of the latency buckets, in seconds.
    static let latencyBuckets: [Double] = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5]

    private struct Histogram {
        var buckets = [Int](repeating: 0, count: MetricsRegistry.latencyBuckets.count)
        var count = 0
        var sum = 0.0
    }

    private struct State {
        var counters: [String: [String: Double]] = [:]
        var histograms: [String: [String: Histogram]] = [:]
    }

    private let state = NIOLockedValueBox(State())
    private static let help: [String: String] = [
        "parity_http_requests_total": "HTTP requests answered, by method, route pattern and status.",
        "parity_http_request_duration_seconds": "Time to answer an HTTP request, by route pattern.",
        "parity_http_server_errors_total": "Requests answered with a 5xx status, by route pattern.",
        "parity_imports_total": "Return files imported, by result (imported or rejected).",
        "parity_staff_voice_submissions_total": "Staff voice contributions stored.",
    ]

    func increment(_ name: String, _ labels: [String: String] = [:], by amount: Double = 1) {
        let key = Self.labelText(labels)
        state.withLockedValue { $0.counters[name, default: [:]][key, default: 0] += amount }
    }

    func observe(_ name: String, _ labels: [String: String], seconds: Double) {
        let key = Self.labelText(labels)
        state.withLockedValue { state in
            var histogram = state.histograms[name]?[key] ?? Histogram()
            for (index, bound) in Self.latencyBuckets.enumerated() where seconds <= bound { histogram.buckets[index] += 1 }
            histogram.count += 1
            histogram.sum += seconds
            state.histograms[name, default: [:]][key] = histogram
        }
    }

    /// Everything recorded, in the Prometheus text exposition format (version 0.0.4).
    func exposition() -> String {
        let snapshot = state.withLockedValue { $0 }
        var lines: [String] = []
        for name in snapshot.counters.keys.sorted() {
            lines.append("# HELP \(name) \(Self.help[name] ?? name)")
            lines.append("# TYPE \(name) counter")
            for (labels, value) in snapshot.counters[name]!.sorted(by: { $0.key < $1.key }) {
                lines.append("\(name)\(labels) \(Self.number(value))")
            }
        }
        for name in snapshot.histograms.keys.sorted() {
            lines.append("# HELP \(name) \(Self.help[name] ?? name)")
            lines.append("# TYPE \(name) histogram")
            for (labels, histogram) in snapshot.histograms[name]!.sorted(by: { $0.key < $1.key }) {
                let inner = labels.isEmpty ? "" : String(labels.dropFirst().dropLast()) + ","
                for (index, bound) in Self.latencyBuckets.enumerated() {
                    lines.append("\(name)_bucket{\(inner)le=\"\(bound)\"} \(histogram.buckets[index])")
                }
                lines.append("\(name)_bucket{\(inner)le=\"+Inf\"} \(histogram.count)")
                lines.append("\(name)_sum\(labels) \(histogram.sum)")
                lines.append("\(name)_count\(labels) \(histogram.count)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `{a="1",b="2"}` with keys sorted and values escaped as the format requires; empty
    /// without labels.
    private static func labelText(_ labels: [String: String]) -> String {
        guard !labels.isEmpty else { return "" }
        let pairs = labels.sorted { $0.key < $1.key }.map { key, value in
            let escaped = value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"").replacingOccurrences(of: "\n", with: "\\n")
            return "\(key)=\"\(escaped)\""
        }
        return "{" + pairs.joined(separator: ",") + "}"
    }

    private static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
