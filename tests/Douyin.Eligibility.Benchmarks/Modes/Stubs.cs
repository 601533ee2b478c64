namespace Douyin.Eligibility.Benchmarks.Modes;
internal static class Smoke { public static int Run() => 0; }
internal static class ColdStart { public static int Run(string[] a) => 0; public static int Child(string[] a) => 0; }
internal static class ScaleMode { public static int Run(string[] a) => 0; }
internal static class BatchMode { public static int Run(string[] a) => 0; }
