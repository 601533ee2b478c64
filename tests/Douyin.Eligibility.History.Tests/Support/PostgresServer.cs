using Npgsql;

namespace Douyin.Eligibility.History.Tests.Support;

/// <summary>The PostgreSQL server of the tests, and a schema of its own for each test so they do not see each other.</summary>
internal static class PostgresServer
{
    public const string Variable = "DOUYIN_ELIGIBILITY_TEST_POSTGRES";

    public static string? ConnectionString { get; } = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    public static bool Required { get; } = Environment.GetEnvironmentVariable("DOUYIN_ELIGIBILITY_REQUIRE_POSTGRES") == "1";

    /// <summary>Creates a fresh schema and returns a connection string whose search path is it.</summary>
    public static async Task<(string ConnectionString, string Schema)> NewSchemaAsync()
    {
        var connectionString = ConnectionString
            ?? throw new InvalidOperationException($"{Variable} is not set, and DOUYIN_ELIGIBILITY_REQUIRE_POSTGRES=1 requires the PostgreSQL tests to run.");
        var schema = "t_" + Guid.NewGuid().ToString("N")[..12];
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE SCHEMA {schema}", connection);
            await command.ExecuteNonQueryAsync();
        }

        return (new NpgsqlConnectionStringBuilder(connectionString) { SearchPath = schema }.ToString(), schema);
    }

    public static async Task DropSchemaAsync(string schema)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {schema} CASCADE", connection);
        await command.ExecuteNonQueryAsync();
    }
}
