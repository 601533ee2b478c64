using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Douyin.Eligibility.History;

/// <summary>Registers an <see cref="IDecisionStore"/> with dependency injection.</summary>
public static class DecisionStoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers the store <paramref name="location"/> names (<see cref="DecisionStores.Open"/>: a SQLite file, or a PostgreSQL
    /// connection string) as the singleton <see cref="IDecisionStore"/>, unless one is registered already.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="location">A SQLite file path or a PostgreSQL connection string.</param>
    /// <param name="configure">Sets the options; null for the defaults.</param>
    /// <returns><paramref name="services"/>.</returns>
    public static IServiceCollection AddDecisionStore(this IServiceCollection services, string location, Action<DecisionStoreOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(location);
        var options = new DecisionStoreOptions();
        configure?.Invoke(options);
        services.TryAddSingleton(_ => DecisionStores.Open(location, options));
        return services;
    }
}
