using AlertBot.Core.Observe;
using AlertBot.Storage;
using AlertBot.Telegram;
using AlertBot.Telegram.Deliver;
using Dapper;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace AlertBot.Observe;

public static class ObservabilitySetup
{
    public static IServiceCollection AddAlertBotObservability(this IServiceCollection services)
    {
        services.AddOpenTelemetry().ConfigureResource(r => r.AddService("alertbot")).WithMetrics(m => m
            .AddMeter(AlertBotMetrics.MeterName)
            .AddPrometheusExporter());
        services.AddOptions<HealthOptions>().BindConfiguration(HealthOptions.Section).ValidateOnStart();
        services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<HealthOptions>, HealthOptionsValidator>();
        services.AddSingleton<TelegramHealthCheck>();
        services.AddSingleton<StoreGauges>();
        services.AddHostedService(sp => sp.GetRequiredService<StoreGauges>());
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: ["ready"])
            .AddCheck<OutboxHealthCheck>("outbox", tags: ["ready"])
            .AddCheck<TelegramHealthCheck>("telegram", tags: ["ready"])
            .AddCheck<SchedulerHealthCheck>("scheduler", tags: ["ready"]);
        return services;
    }

    public static WebApplication MapAlertBotEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready"), ResponseWriter = HealthReportWriter.WriteAsync });
        app.MapPrometheusScrapingEndpoint("/metrics");
        return app;
    }

    private sealed class DatabaseHealthCheck(Database database) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            try
            {
                await using var connection = await database.OpenAsync(cancellationToken);
                await connection.ExecuteScalarAsync<long>("SELECT 1");
                return HealthCheckResult.Healthy();
            }
            catch (Exception e)
            {
                return HealthCheckResult.Unhealthy("database unreachable: " + Secrets.Redact(e.Message));
            }
        }
    }

    private sealed class OutboxHealthCheck(
        Outbox outbox, TimeProvider time, Microsoft.Extensions.Options.IOptions<HealthOptions> options, Microsoft.Extensions.Options.IOptions<TelegramOptions> telegram) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            var stats = await outbox.GetOutboxStatsAsync(cancellationToken);
            var age = stats.OldestPendingDue is { } due ? time.GetUtcNow() - due : TimeSpan.Zero;
            var data = new Dictionary<string, object> { ["pending"] = stats.Pending, ["dead"] = stats.Dead, ["oldestPendingSeconds"] = Math.Max(0, age.TotalSeconds) };
            if (telegram.Value.AllowPaidBroadcast)
                data["paidBroadcastEstimatedStars"] = PaidBroadcast.EstimatedStars(stats.Pending + stats.Sending, telegram.Value);
            return age > options.Value.OutboxMaxAge
                ? HealthCheckResult.Degraded($"the oldest pending delivery has waited {age.TotalMinutes:F0} min", data: data)
                : HealthCheckResult.Healthy(data: data);
        }
    }
}
