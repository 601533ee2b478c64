using Douyin.Eligibility.Families;
using Douyin.Eligibility.Tool.Evaluation;

namespace Douyin.Eligibility.Tool.Tests.Evaluation;

public sealed class ToolFamiliesTests
{
    private static readonly ToolContext Context = new(TextWriter.Null, TextWriter.Null, TextReader.Null);

    [Fact]
    public void Names_BuiltInFamilies_JoinsWorkflowNamesInOrder()
    {
        ToolFamilies.Names(Context).Should().Be(string.Join(", ", EligibilityFamilies.All.Select(f => f.WorkflowName)));
        ToolFamilies.Names(Context).Should().Contain("AllianceAdmission");
    }

    [Theory]
    [InlineData("AllianceAdmission")]
    [InlineData("allianceadmission")]
    [InlineData("ALLIANCEADMISSION")]
    public void Get_KnownWorkflowAnyCase_ReturnsItsFamily(string name)
    {
        var family = ToolFamilies.Get(Context, name);

        family.WorkflowName.Should().Be("AllianceAdmission");
        family.Descriptor.Should().BeSameAs(EligibilityFamilies.AllianceAdmission);
    }

    [Fact]
    public void Get_UnknownWorkflow_ThrowsListingKnownOnes()
    {
        var get = () => ToolFamilies.Get(Context, "NoSuchWorkflow");

        get.Should().Throw<ToolException>().WithMessage($"Unknown workflow 'NoSuchWorkflow'. Known workflows: {ToolFamilies.Names(Context)}.");
    }

    [Fact]
    public void Get_ContextWithoutTheFamily_Throws()
    {
        var context = Context with { Families = [EligibilityFamilies.AllianceAdmission] };

        ToolFamilies.Names(context).Should().Be("AllianceAdmission");
        var other = EligibilityFamilies.All.First(f => f.WorkflowName != "AllianceAdmission").WorkflowName;
        context.Invoking(c => ToolFamilies.Get(c, other)).Should().Throw<ToolException>();
    }
}
