extern alias interop;

using System.Reflection;
using System.Text.Json;
using Douyin.Eligibility.Json;
using Douyin.Eligibility.RulesEngine.Tests.Support;
using Douyin.Eligibility.Snapshots;
using InteropRunner = interop::Douyin.Eligibility.Interop.InteropRunner;

namespace Douyin.Eligibility.RulesEngine.Tests.Export;

/// <summary>The exported input types (as the interop sample compiles them) against the library's.</summary>
public sealed class InputTypesTests
{
    private static readonly Type[] Exported = [.. typeof(InteropRunner).Assembly.GetTypes().Where(t => t.Namespace == "Douyin.Eligibility.Interop" && t.IsPublic)];

    [Fact]
    public void ExportedTypes_EveryWorkflowInput_HasATypeOfTheSameName()
        => Exported.Select(t => t.Name).Should().Contain(ShippedRules.Set.Workflows.SelectMany(w => w.Inputs).Select(i => i.Type.Name).Distinct());

    [Fact]
    public void ExportedTypes_EachLibraryCounterpart_HasTheSameMembersOfTheSameShapes()
    {
        var library = typeof(MerchantSnapshot).Assembly;
        var compared = 0;
        foreach (var type in Exported)
        {
            if (library.GetType($"Douyin.Eligibility.Snapshots.{type.Name}") is not { } original)
            {
                continue;
            }

            compared++;
            if (original.IsEnum)
            {
                Values(type).Should().Equal(Values(original), type.Name);
            }
            else
            {
                Members(type).Should().Equal(Members(original), type.Name);
            }
        }

        compared.Should().BeGreaterThanOrEqualTo(8, "every input type and the types they hold are exported");
    }

    [Theory]
    [InlineData("""{"id":"S1","asOf":"2026-11-20","storeScore":4.2,"experienceScoreScale":"FivePoint"}""", true)]
    [InlineData("""{"id":"S1","asOf":"2026-11-20","storeScroe":4.2}""", false)]
    [InlineData("""{"id":"S1","asOf":"2026-11-20","daysSinceSettled":3}""", false)]
    [InlineData("""{"id":"S1","asOf":"2026-11-20","experienceScoreScale":1}""", false)]
    [InlineData("""{"id":"S1","asOf":"2026-11-20","experienceScoreScale":"fivePoint"}""", false)]
    [InlineData("""{"id":"S1","asOf":"2026-11-20","storeScore":"4.2"}""", false)]
    public void ExportedMerchant_Json_IsReadWhereTheLibraryReadsIt(string json, bool readable)
    {
        var exportedType = typeof(InteropRunner).Assembly.GetType("Douyin.Eligibility.Interop.MerchantSnapshot")!;

        var library = () => SnapshotJson.Deserialize<MerchantSnapshot>(json);
        var exported = () => JsonSerializer.Deserialize(json, exportedType);

        if (readable)
        {
            library.Should().NotThrow();
            exported.Should().NotThrow();
        }
        else
        {
            library.Should().Throw<Exception>();
            exported.Should().Throw<JsonException>();
        }
    }

    private static IEnumerable<string> Values(Type enumType) => Enum.GetNames(enumType).Select(n => $"{n}={Convert.ToInt64(Enum.Parse(enumType, n), System.Globalization.CultureInfo.InvariantCulture)}");

    private static IEnumerable<string> Members(Type type)
        => type.GetProperties(BindingFlags.Public | BindingFlags.Instance).OrderBy(p => p.MetadataToken).Select(p => $"{p.Name}: {Shape(p.PropertyType)}");

    /// <summary>A type by name, nullable value types marked, every collection a list of its element.</summary>
    private static string Shape(Type type)
        => Nullable.GetUnderlyingType(type) is { } underlying ? Shape(underlying) + "?"
            : type != typeof(string) && type.IsGenericType && type.GetGenericArguments() is [var element] ? $"List<{Shape(element)}>"
            : type.Name;
}
