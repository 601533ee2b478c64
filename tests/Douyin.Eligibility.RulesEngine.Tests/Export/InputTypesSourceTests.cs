using System.Text.Json.Serialization;

namespace Douyin.Eligibility.RulesEngine.Tests.Export;

public sealed class InputTypesSourceTests
{
    public enum Level
    {
        Low = 1,
        High = 5,
    }

    [Fact]
    public void Write_MembersOfEveryShape_AreWrittenAsSettableJsonProperties()
    {
        var source = InputTypesSource.Write(InputTypes.Collect([typeof(Shapes)]), "Sample.Names");

        source.Should().Contain("namespace Sample.Names;")
            .And.Contain("public sealed class Shapes")
            .And.Contain("    [JsonPropertyName(\"name\")]\n    public string Name { get; set; } = \"\";")
            .And.Contain("    [JsonPropertyName(\"note\")]\n    public string? Note { get; set; }\n")
            .And.Contain("    [JsonPropertyName(\"count\")]\n    public int? Count { get; set; }\n")
            .And.Contain("    [JsonPropertyName(\"renamed\")]\n    public decimal Amount { get; set; }\n")
            .And.Contain("    [JsonPropertyName(\"items\")]\n    public List<Item> Items { get; set; } = [];")
            .And.Contain("    [JsonPropertyName(\"tags\")]\n    public List<string?> Tags { get; set; } = [];")
            .And.Contain("    [JsonPropertyName(\"level\")]\n    public Level? Level { get; set; }\n")
            .And.Contain("public sealed class Item")
            .And.Contain("[JsonConverter(typeof(EnumNameConverter<Level>))]\npublic enum Level\n{")
            .And.Contain("    Low = 1,")
            .And.Contain("    High = 5,");
    }

    [Fact]
    public void Collect_ComputedMemberWithoutAPlainDefinition_IsRejectedByName()
    {
        var collect = () => InputTypes.Collect([typeof(WithComputed)]);

        collect.Should().Throw<ArgumentException>().WithMessage("*WithComputed.Twice*DerivedMembers*");
    }

    [Fact]
    public void Collect_TwoTypesOfTheSameName_AreRejected()
    {
        var collect = () => InputTypes.Collect([typeof(Item), typeof(Other.Item)]);

        collect.Should().Throw<ArgumentException>().WithMessage("*same name*");
    }

    [Fact]
    public void Collect_MemberOfATypeWithNoPlainForm_IsRejectedByName()
    {
        var collect = () => InputTypes.Collect([typeof(WithDictionary)]);

        collect.Should().Throw<ArgumentException>().WithMessage("*WithDictionary.Map*");
    }

    public sealed class Shapes
    {
        public string Name { get; init; } = "";

        public string? Note { get; init; }

        public int? Count { get; init; }

        [JsonPropertyName("renamed")]
        public decimal Amount { get; init; }

        public IReadOnlyList<Item> Items { get; init; } = [];

        public IReadOnlyList<string?> Tags { get; init; } = [];

        public Level? Level { get; init; }
    }

    public sealed class Item
    {
        public DateOnly Date { get; init; }
    }

    public sealed class WithComputed
    {
        public int Value { get; init; }

        public int Twice => Value * 2;
    }

    public sealed class WithDictionary
    {
        public Dictionary<string, int> Map { get; init; } = [];
    }

    public static class Other
    {
        public sealed class Item
        {
            public int Id { get; init; }
        }
    }
}
