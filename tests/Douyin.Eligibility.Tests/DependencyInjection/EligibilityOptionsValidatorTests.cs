using Douyin.Eligibility.Tests.Api;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Douyin.Eligibility.Tests.DependencyInjection;

public class EligibilityOptionsValidatorTests
{
    [Fact]
    public void Defaults_RequireEveryTypedApiFamily_AndPollEveryTwoSeconds()
    {
        var options = new EligibilityOptions();

        options.RequiredWorkflows.Should().BeEquivalentTo(EligibilityWorkflows.RequiredByDefault);
        options.DirectoryPollInterval.Should().Be(TimeSpan.FromSeconds(2));
    }

    [Theory]
    [InlineData("blank")]
    [InlineData("null-list")]
    [InlineData("zero-poll")]
    [InlineData("huge-debounce")]
    public void Resolve_InvalidOptions_ThrowsOptionsValidationException(string problem)
    {
        using var provider = new ServiceCollection()
            .AddDouyinEligibility(o =>
            {
                o.RulesDirectory = TestRules.Directory;
                Break(o, problem);
            })
            .BuildServiceProvider();

        var act = () => provider.GetRequiredService<EligibilityEvaluator>();

        act.Should().Throw<OptionsValidationException>().WithMessage("*EligibilityOptions.*");
    }

    [Theory]
    [InlineData("blank")]
    [InlineData("null-list")]
    [InlineData("zero-poll")]
    public void Create_InvalidOptions_ThrowsArgumentException(string problem)
    {
        var options = new EligibilityOptions();
        Break(options, problem);

        var act = () => EligibilityEvaluator.Create(TestRules.Directory, options);

        act.Should().Throw<ArgumentException>().WithMessage("*EligibilityOptions.*");
    }

    [Fact]
    public void AddDouyinEligibility_Twice_RegistersTheValidatorOnce()
        => new ServiceCollection().AddDouyinEligibility().AddDouyinEligibility()
            .Count(d => d.ServiceType == typeof(IValidateOptions<EligibilityOptions>)).Should().Be(1);

    private static void Break(EligibilityOptions options, string problem)
    {
        switch (problem)
        {
            case "blank":
                options.RequiredWorkflows = [EligibilityWorkflows.AllianceAdmission, " "];
                break;
            case "null-list":
                options.RequiredWorkflows = null!;
                break;
            case "zero-poll":
                options.DirectoryPollInterval = TimeSpan.Zero;
                break;
            default:
                options.ReloadDebounce = TimeSpan.FromDays(2);
                break;
        }
    }
}
