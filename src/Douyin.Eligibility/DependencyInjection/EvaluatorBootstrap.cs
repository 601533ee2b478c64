using System.Diagnostics.Metrics;
using Douyin.Eligibility.Diagnostics;
using Douyin.Eligibility.Rules;
using Microsoft.Extensions.Logging;

namespace Douyin.Eligibility.DependencyInjection;

/// <summary>
/// Builds the container's evaluator once: when the options are validated (at host start, with
/// <c>ValidateOnStart</c>, or at the first resolve), so that the rules are loaded one time and a load with errors fails
/// validation with every diagnostic. The evaluator it built is handed to the container's registration; one that was
/// never handed out is disposed with the container.
/// </summary>
internal sealed class EvaluatorBootstrap(ILoggerFactory? loggers, IMeterFactory? meters) : IDisposable
{
    private readonly object _lock = new();
    private readonly EligibilityTelemetry _telemetry = new(meters);
    private EligibilityEvaluator? _built;
    private bool _handedOut;

    /// <summary>Loads the rules of <paramref name="options"/> unless an evaluator is built already; null when it is, else the failed load.</summary>
    /// <exception cref="ArgumentException">The options are not valid (checked before by the validator).</exception>
    public RuleSetLoadResult? Load(EligibilityOptions options)
    {
        lock (_lock)
        {
            if (_built is not null)
            {
                return null;
            }

            var result = EligibilityEvaluator.TryFromOptions(options, loggers?.CreateLogger<EligibilityEvaluator>(), _telemetry, out _built);
            return _built is null ? result : null;
        }
    }

    /// <summary>The evaluator, built now if validation did not build it.</summary>
    /// <exception cref="RuleSetLoadException">The rules have errors (only when the options were not validated first).</exception>
    public EligibilityEvaluator Evaluator(EligibilityOptions options)
    {
        lock (_lock)
        {
            if (Load(options) is { } failed)
            {
                throw new RuleSetLoadException(failed.Diagnostics);
            }

            _handedOut = true;
            return _built!;
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            if (!_handedOut)
            {
                _built?.Dispose();
            }

            _telemetry.Dispose();
        }
    }
}
