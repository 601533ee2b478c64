using System.Reflection;
using System.Runtime.Versioning;
using Douyin.Eligibility.Snapshots;

namespace Douyin.Eligibility.Tests.Support;

/// <summary>
/// The tests run once per target framework (net10.0, and net8.0 self-contained): each run must load the
/// library build of its own framework on that framework's runtime, or the net8.0 build is not under test.
/// </summary>
public sealed class TargetRuntimeTests
{
    [Fact]
    public void Runtime_TestRun_MatchesTheTestAssemblysTargetFramework()
    {
        Environment.Version.Major.Should().Be(TargetMajor(typeof(TargetRuntimeTests).Assembly));
    }

    [Fact]
    public void LibraryAssembly_TestRun_IsTheBuildForTheRunningRuntime()
    {
        TargetMajor(typeof(PenaltySeverities).Assembly).Should().Be(Environment.Version.Major);
        TargetMajor(typeof(Douyin.Eligibility.Rules.RuleSet).Assembly).Should().Be(Environment.Version.Major);
    }

    private static int TargetMajor(Assembly assembly)
    {
        var name = assembly.GetCustomAttribute<TargetFrameworkAttribute>()!.FrameworkName;
        return new FrameworkName(name).Version.Major;
    }
}
