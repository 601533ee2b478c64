using Douyin.Eligibility.Validation;

namespace Douyin.Eligibility.Tests.Validation;

/// <summary>A field path written out reads as the collector's string paths always did.</summary>
public class FieldPathTests
{
    [Fact]
    public void ToString_PropertyOfTheSnapshot_IsItsJsonName()
        => FieldPath.Root.Field("StoreScore").ToString().Should().Be(ValidationCollector.Field("", "StoreScore"));

    [Fact]
    public void ToString_NestedItems_JoinsPartsAsTheJsonPath()
        => FieldPath.Root.Field("ControllerStores").Item(0).Field("Penalties").Item(12).Field("Rule").ToString()
            .Should().Be(ValidationCollector.Field(ValidationCollector.Item(ValidationCollector.Field(ValidationCollector.Item(ValidationCollector.Field("", "ControllerStores"), 0), "Penalties"), 12), "Rule"))
            .And.Be("controllerStores[0].penalties[12].rule");

    [Fact]
    public void ToString_DeeperThanKeptInline_StillWritesEveryPart()
        => FieldPath.Root.Field("A").Item(1).Field("B").Field("C").Item(2).Field("D").Item(3).ToString().Should().Be("a[1].b.c[2].d[3]");

    [Fact]
    public void ToString_WrittenOutPrefix_IsKeptAsGiven()
        => ((FieldPath)"products[2]").Field("QualityReturnRate").ToString().Should().Be("products[2].qualityReturnRate");

    [Fact]
    public void ToString_Root_IsEmpty()
        => FieldPath.Root.ToString().Should().BeEmpty();
}
