using System;
using System.Diagnostics;
using System.IO;
using System.Text.RegularExpressions;
using Xunit;

namespace SeedData.Generator.Tests;

/// <summary>
/// A fresh project outside the repository, compiled by the real `dotnet build`: a typo in a reference fails
/// the build with an MSBuild-format line naming the closest id; once fixed, the project builds and runs.
/// </summary>
public sealed class EndToEndTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "seeddata-e2e-" + Guid.NewGuid().ToString("N"));

    public EndToEndTests()
    {
        string repo = DiagnosticTests.RepositoryRoot();
        string bin = AppContext.BaseDirectory;
        Directory.CreateDirectory(Path.Combine(_directory, "data"));
        // Empty Directory.* files stop MSBuild from looking further up for any other build settings.
        File.WriteAllText(Path.Combine(_directory, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(_directory, "Directory.Build.targets"), "<Project />");
        File.WriteAllText(Path.Combine(_directory, "Directory.Packages.props"), "<Project />");
        File.WriteAllText(Path.Combine(_directory, "App.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <LangVersion>12</LangVersion>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <Import Project="{repo}/src/SeedData.Generator/build/SeedData.Generator.props" />
              <ItemGroup>
                <Analyzer Include="{bin}SeedData.Generator.dll" />
                <Analyzer Include="{bin}YamlDotNet.dll" />
                <SeedDataFile Include="data/*.yaml" />
              </ItemGroup>
              <Import Project="{repo}/src/SeedData.Generator/build/SeedData.Generator.targets" />
            </Project>
            """);
        File.WriteAllText(Path.Combine(_directory, "Records.cs"), Samples.NewsRecords);
        File.WriteAllText(Path.Combine(_directory, "Program.cs"), """
            using System;
            using News;
            foreach (var statement in Data.Statements.BySpeaker(Data.Actors.MarcoRubio))
                Console.WriteLine($"{statement.Speaker.Name} on {statement.SaidOn:yyyy-MM-dd}: {statement.Summary}");
            Console.WriteLine(Data.Statements.OfficialsReply);
            """);
        File.WriteAllText(Path.Combine(_directory, "data", "actors.yaml"), Samples.NewsActors);
    }

    [Fact]
    public void A_typo_in_a_reference_fails_dotnet_build_and_the_fixed_project_runs()
    {
        string statements = Path.Combine(_directory, "data", "statements.yaml");
        File.WriteAllText(statements, Samples.NewsStatements.Replace("speaker: marco-rubio", "speaker: marco-rubbio"));

        var (buildExit, buildOutput) = Dotnet("build");
        Assert.NotEqual(0, buildExit);
        var error = Regex.Match(buildOutput, @"(?m)^(.*statements\.yaml)\((\d+),(\d+)\): error (SD\d{4}): (.*)$");
        Assert.True(error.Success, buildOutput);
        Assert.Equal(statements, error.Groups[1].Value.Trim());
        Assert.Equal(("3", "14", "SD0017"), (error.Groups[2].Value, error.Groups[3].Value, error.Groups[4].Value));
        Assert.Contains("did you mean 'marco-rubio'", error.Groups[5].Value);
        Assert.DoesNotContain("CS8785", buildOutput);

        File.WriteAllText(statements, Samples.NewsStatements);
        var (runExit, runOutput) = Dotnet("run");
        Assert.True(runExit == 0, runOutput);
        Assert.Contains("Marco Rubio on 2025-11-25: Told European officials that guarantees would come after a deal.", runOutput);
        Assert.Contains("Statement { Id = officials-reply, Speaker = european-officials,", runOutput);
    }

    private (int ExitCode, string Output) Dotnet(string command)
    {
        var start = new ProcessStartInfo("dotnet", command + " --nologo")
        {
            WorkingDirectory = _directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        string stdout = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet {command} did not finish in 5 minutes:\n{stdout}");
        }
        return (process.ExitCode, stdout + stderr.Result);
    }

    public void Dispose()
    {
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { }
    }
}
