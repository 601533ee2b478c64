extern alias interop;

using System.Reflection;
using System.Text.Json;
using Douyin.Eligibility.Json;
using Douyin.Eligibility.RulesEngine.Tests.Support;
using Douyin.Eligibility.Testing.Generation;
using InteropRunner = interop::Douyin.Eligibility.Interop.InteropRunner;

namespace Douyin.Eligibility.RulesEngine.Tests.Export;

/// <summary>
/// The interop sample over fixed-seed generated snapshots (valid, with missing values, dated across every version),
/// written as the library writes snapshot JSON and read by the exported types.
/// </summary>
public sealed class InteropGeneratedTests : IDisposable
{
    private const int Count = 1_000;

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "douyin-interop-" + Guid.NewGuid().ToString("N")[..8]);

    public InteropGeneratedTests()
    {
        Directory.CreateDirectory(_directory);
        var dates = AsOfDates.Covering(ShippedRules.Set.Workflows);
        Write(InteropComparison.Merchants, MerchantCases.Generate(Count, SnapshotKind.Valid, dates));
        Write(InteropComparison.BrandProviders, BrandProviderCases.Generate(Count, SnapshotKind.Valid, dates));
        Write(InteropComparison.StoreOperationProviders, StoreOperationProviderCases.Generate(Count, SnapshotKind.Valid, dates));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Run_GeneratedSnapshots_GivesTheBuiltInOutcomesForEverySubjectAndVersion()
    {
        var run = InteropComparison.Run(_directory);

        run.Results.Select(r => (r.Subject, r.WorkflowName)).Should().BeEquivalentTo(run.Expected);
        run.Disagreements.Should().BeEmpty();
    }

    [Fact]
    public void ComputedMembers_GeneratedSnapshots_EqualTheLibrarysAfterAJsonRoundTrip()
    {
        var interopTypes = typeof(InteropRunner).Assembly;
        var checkedValues = 0;
        var differences = new List<string>();
        foreach (var subject in InteropComparison.Subjects(_directory))
        {
            var type = subject.Value.GetType();
            var computed = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is null).ToList();
            if (computed.Count == 0)
            {
                continue;
            }

            var exportedType = interopTypes.GetType($"Douyin.Eligibility.Interop.{type.Name}")!;
            var exported = JsonSerializer.Deserialize(JsonSerializer.Serialize(subject.Value, type, SnapshotJson.Options), exportedType)!;
            foreach (var property in computed)
            {
                var want = property.GetValue(subject.Value);
                var got = exportedType.GetProperty(property.Name)!.GetValue(exported);
                checkedValues++;
                if (!Equals(want, got))
                {
                    differences.Add($"{subject.Id}.{property.Name}: library {want ?? "null"}, exported {got ?? "null"}");
                }
            }
        }

        differences.Should().BeEmpty();
        checkedValues.Should().BeGreaterThan(3 * Count);
    }

    private void Write<T>(string file, IEnumerable<T> snapshots)
        where T : class, Douyin.Eligibility.Snapshots.ISnapshot
    {
        using var writer = new StreamWriter(Path.Combine(_directory, file));
        SnapshotJson.WriteJsonLines(writer, snapshots);
    }
}
