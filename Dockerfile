# syntax=docker/dockerfile:1
# Multi-stage: build with the SDK, run on the smaller ASP.NET runtime as a non-root user.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY Directory.Build.props Directory.Packages.props AlertBot.sln ./
COPY src/ src/
RUN dotnet publish src/AlertBot/AlertBot.csproj -c Release -o /app --no-self-contained

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
RUN apt-get update && apt-get install -y --no-install-recommends curl tzdata && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app ./
# State and the folder store live in volumes; the app runs from /, so ./data and ./articles resolve there.
RUN mkdir -p /data /articles && chown -R app:app /data /articles
VOLUME ["/data", "/articles"]
ENV Storage__DataPath=/data \
    Articles__Path=/articles \
    Urls=http://0.0.0.0:8080 \
    DOTNET_gcServer=0
EXPOSE 8080
USER app
HEALTHCHECK --interval=15s --timeout=3s --start-period=20s --retries=3 \
  CMD curl -fsS http://127.0.0.1:8080/health/live || exit 1
ENTRYPOINT ["dotnet", "/app/AlertBot.dll"]
