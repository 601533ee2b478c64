namespace Douyin.Eligibility.History.Tests.Support;

/// <summary>
/// A test against a real PostgreSQL server: <c>DOUYIN_ELIGIBILITY_TEST_POSTGRES</c> holds its connection string (bash .ci/run
/// starts a server on loopback and sets it). Without it the test is skipped with that reason, unless
/// <c>DOUYIN_ELIGIBILITY_REQUIRE_POSTGRES=1</c> (set by CI): then it runs and fails, so CI cannot pass with it skipped.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (PostgresServer.ConnectionString is null && !PostgresServer.Required)
        {
            Skip = $"PostgreSQL not available: {PostgresServer.Variable} is not set (bash .ci/run installs and starts a server and sets it).";
        }
    }
}
