using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace SeedData.Packaging.Tests.Infrastructure;

/// <summary>
/// Jupyter with the .NET Interactive C# kernel and a Python kernel with pandas, as tests/notebooks/install.sh
/// installs them: Debian's jupyter-nbconvert, python3-ipykernel and python3-pandas, the Microsoft.dotnet-interactive
/// tool in ~/.dotnet/tools, and its kernel spec (<c>dotnet interactive jupyter install</c>).
/// </summary>
internal static class Jupyter
{
    public const string CSharpKernel = ".net-csharp";
    public const string PythonKernel = "python3";

    /// <summary>Where <c>dotnet tool install -g</c> puts tools; the C# kernel spec runs <c>dotnet interactive</c> from there.</summary>
    public static string ToolsFolder { get; } = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".dotnet", "tools");

    /// <summary>PATH with the tools folder on it, for the kernels that Jupyter starts.</summary>
    public static string SearchPath { get; } = (Environment.GetEnvironmentVariable("PATH") ?? "") + Path.PathSeparator + ToolsFolder;

    private static readonly Lazy<string?> Skip = new(FindSkipReason);

    /// <summary>
    /// The Jupyter data folder that holds the C# kernel's spec (<c>~/.local/share/jupyter</c>), for a run under another
    /// HOME to name in JUPYTER_PATH; known once <see cref="SkipReason"/> is null.
    /// </summary>
    public static string DataFolder { get; private set; } = "";

    /// <summary>Why notebooks cannot run here, or null when they can.</summary>
    public static string? SkipReason => Skip.Value;

    /// <summary>The Microsoft.DotNet.Interactive version inside the installed kernel, from the tool's dependency manifest.</summary>
    public static string KernelInteractiveVersion()
    {
        string store = Path.Combine(ToolsFolder, ".store", "microsoft.dotnet-interactive");
        string manifest = Directory.EnumerateFiles(store, "Microsoft.DotNet.Interactive.App.deps.json", SearchOption.AllDirectories).Single();
        using var deps = JsonDocument.Parse(File.ReadAllBytes(manifest));
        return deps.RootElement.GetProperty("libraries").EnumerateObject()
            .Select(l => l.Name.Split('/'))
            .Single(n => n[0] == "Microsoft.DotNet.Interactive")[1];
    }

    /// <summary>Executes a notebook headless in its own folder (<c>jupyter nbconvert --execute</c>) and reads the executed copy.</summary>
    public static (Notebook Executed, ProcessResult Run) Execute(string notebook, IReadOnlyDictionary<string, string> environment, TimeSpan timeout)
    {
        string folder = Path.GetDirectoryName(notebook)!;
        string executed = "executed-" + Path.GetFileName(notebook);
        var variables = new Dictionary<string, string>(environment) { ["PATH"] = SearchPath };
        var run = DotNet.RunProgram("jupyter", folder, variables, timeout,
            "nbconvert", "--to", "notebook", "--execute", Path.GetFileName(notebook), "--output", executed,
            $"--ExecutePreprocessor.timeout={(int)timeout.TotalSeconds}");
        Assert.True(run.ExitCode == 0, run.ToString());
        return (Notebook.Read(Path.Combine(folder, executed)), run);
    }

    private static string? FindSkipReason()
    {
        const string Install = "run tests/notebooks/install.sh (as root: Debian packages, the dotnet-interactive tool and its kernel spec)";
        string? jupyter = SearchPath.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(f => Path.Combine(f, "jupyter")).FirstOrDefault(File.Exists);
        if (jupyter is null) return "Jupyter is not installed: " + Install;
        if (!File.Exists(Path.Combine(ToolsFolder, "dotnet-interactive"))) return $"The dotnet-interactive tool is not in {ToolsFolder}: " + Install;

        var list = DotNet.RunProgram(jupyter, Path.GetTempPath(), new Dictionary<string, string> { ["PATH"] = SearchPath }, TimeSpan.FromMinutes(1), "kernelspec", "list", "--json");
        if (list.ExitCode != 0) return "`jupyter kernelspec list` failed: " + list;
        using var specs = JsonDocument.Parse(list.StdOut);
        var kernels = specs.RootElement.GetProperty("kernelspecs");
        foreach (string kernel in new[] { CSharpKernel, PythonKernel })
        {
            if (!kernels.TryGetProperty(kernel, out _)) return $"Jupyter has no '{kernel}' kernel: " + Install;
        }

        DataFolder = Path.GetFullPath(Path.Combine(kernels.GetProperty(CSharpKernel).GetProperty("resource_dir").GetString()!, "..", ".."));

        // pandas, in the interpreter the Python kernel runs (Debian's, not whichever python3 comes first on PATH).
        string python = kernels.GetProperty(PythonKernel).GetProperty("spec").GetProperty("argv")[0].GetString()!;
        var pandas = DotNet.RunProgram(python, Path.GetTempPath(), null, TimeSpan.FromMinutes(1), "-c", "import pandas");
        return pandas.ExitCode == 0 ? null : $"The Python kernel ({python}) has no pandas: " + Install;
    }
}

/// <summary>A test that executes notebooks: skipped, with the reason, where Jupyter or its kernels are missing.</summary>
public sealed class NotebookFactAttribute : FactAttribute
{
    public NotebookFactAttribute()
    {
        if (Jupyter.SkipReason is { } reason) Skip = reason;
    }
}

/// <summary>An executed notebook's code cells: each one's source and outputs.</summary>
public sealed record Notebook(IReadOnlyList<NotebookCell> Cells)
{
    public static Notebook Read(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        var cells = document.RootElement.GetProperty("cells").EnumerateArray()
            .Where(c => c.GetProperty("cell_type").GetString() == "code")
            .Select(c => new NotebookCell(
                Text(c.GetProperty("source")),
                c.GetProperty("execution_count").ValueKind == JsonValueKind.Number,
                c.GetProperty("outputs").EnumerateArray().Select(o => new NotebookOutput(
                    o.GetProperty("output_type").GetString()!,
                    o.TryGetProperty("data", out var data)
                        ? data.EnumerateObject().ToDictionary(d => d.Name, d => Text(d.Value))
                        : new Dictionary<string, string> { ["text/plain"] = o.TryGetProperty("text", out var text) ? Text(text) : o.ToString() })).ToList()))
            .ToList();
        return new Notebook(cells);
    }

    /// <summary>The one code cell whose source starts with <paramref name="start"/>.</summary>
    public NotebookCell Cell(string start) => Cells.Single(c => c.Source.StartsWith(start, StringComparison.Ordinal));

    /// <summary>A notebook's text: one string, or a list of lines.</summary>
    private static string Text(JsonElement value) => value.ValueKind == JsonValueKind.Array
        ? string.Concat(value.EnumerateArray().Select(l => l.GetString()))
        : value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
}

public sealed record NotebookCell(string Source, bool Executed, IReadOnlyList<NotebookOutput> Outputs)
{
    /// <summary>Everything the cell showed in <paramref name="mimeType"/>, output after output.</summary>
    public string Shown(string mimeType) => string.Concat(Outputs.Select(o => o.Data.GetValueOrDefault(mimeType)));

    public override string ToString() => Source + "\n--- outputs ---\n" + string.Join("\n", Outputs.Select(o => o.Type + ": " + string.Join(" | ", o.Data.Values)));
}

/// <summary>One output of a cell: its type (<c>execute_result</c>, <c>display_data</c>, <c>stream</c>, <c>error</c>) and its data by MIME type.</summary>
public sealed record NotebookOutput(string Type, IReadOnlyDictionary<string, string> Data);
