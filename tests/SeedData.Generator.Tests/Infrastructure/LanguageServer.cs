using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace SeedData.Generator.Tests.Infrastructure;

/// <summary>
/// Where yaml-language-server is: Node.js on PATH (or NODE), and the npm package installed in tests/editor
/// (<c>npm ci</c> there; the first test run does it when npm is there and the folder is not).
/// </summary>
internal static class YamlLanguageServer
{
    public static readonly string? Node = Find("NODE", "node");

    public static string Folder => Path.Combine(DiagnosticTests.RepositoryRoot(), "tests", "editor");

    public static string Script => Path.Combine(Folder, "node_modules", "yaml-language-server", "bin", "yaml-language-server");

    public static string? SkipReason => Node is null
        ? "Node.js is not installed (no 'node' on PATH): the editor tests need it to run yaml-language-server. Install Node.js and npm, then run 'npm ci' in tests/editor."
        : null;

    private static readonly Lazy<string> Installed = new(() =>
    {
        if (File.Exists(Script)) return Script;
        string? npm = Find("NPM", "npm");
        Assert.True(npm is not null, "yaml-language-server is not installed in tests/editor and npm is not on PATH: run 'npm ci' in " + Folder);
        var install = Process.Start(new ProcessStartInfo(npm!, "ci --no-audit --no-fund") { WorkingDirectory = Folder, UseShellExecute = false })!;
        install.WaitForExit();
        Assert.True(File.Exists(Script), "'npm ci' in " + Folder + " did not install yaml-language-server (exit code " + install.ExitCode + ")");
        return Script;
    });

    public static string EnsureInstalled() => Installed.Value;

    private static string? Find(string variable, string name)
    {
        if (Environment.GetEnvironmentVariable(variable) is { Length: > 0 } given) return File.Exists(given) ? given : null;
        return (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists);
    }
}

/// <summary>A fact that needs yaml-language-server: skipped, with the reason, only where Node.js is absent.</summary>
public sealed class LanguageServerFactAttribute : FactAttribute
{
    public LanguageServerFactAttribute()
    {
        if (YamlLanguageServer.SkipReason is { } reason) Skip = reason;
    }
}

/// <summary>
/// A Language Server Protocol client over the server's stdin and stdout (Content-Length framed JSON-RPC), as an
/// editor talks to it: initialize, settings on request, documents opened, diagnostics as the server publishes
/// them, completion on request.
/// </summary>
internal sealed class LanguageServerClient : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);
    private readonly Process _server;
    private readonly Stream _input;
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonNode?>> _pending = new();
    private readonly ConcurrentDictionary<string, TaskCompletionSource<JsonArray>> _diagnostics = new();
    private readonly StringBuilder _log = new();
    private readonly JsonObject _settings;
    private int _nextId;

    /// <summary>
    /// The server as the editor tests start it on <paramref name="rootFolder"/>: validation, completion and hover on,
    /// the schema store off, and <paramref name="schemas"/> as the <c>yaml.schemas</c> setting.
    /// </summary>
    public static LanguageServerClient ForFolder(string rootFolder, JsonObject? schemas = null)
        => new(rootFolder, new JsonObject
        {
            ["validate"] = true,
            ["completion"] = true,
            ["hover"] = true,
            ["schemaStore"] = new JsonObject { ["enable"] = false },
            ["schemas"] = schemas ?? new JsonObject(),
        });

    /// <summary>Writes a file of the folder an editor test opens, and returns its path.</summary>
    public static string WriteFile(string folder, string name, string text)
    {
        string path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    public LanguageServerClient(string rootFolder, JsonObject yamlSettings)
    {
        _settings = yamlSettings;
        _server = Process.Start(new ProcessStartInfo(YamlLanguageServer.Node!, new[] { YamlLanguageServer.EnsureInstalled(), "--stdio" })
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        })!;
        _server.ErrorDataReceived += (_, e) => { lock (_log) _log.AppendLine("stderr: " + e.Data); };
        _server.BeginErrorReadLine();
        _input = _server.StandardInput.BaseStream;
        _ = Task.Run(ReadLoop);

        string root = new Uri(rootFolder.TrimEnd('/') + "/").AbsoluteUri;
        Request("initialize", new JsonObject
        {
            ["processId"] = Environment.ProcessId,
            ["rootUri"] = root,
            ["workspaceFolders"] = new JsonArray(new JsonObject { ["uri"] = root, ["name"] = "data" }),
            ["capabilities"] = new JsonObject
            {
                ["workspace"] = new JsonObject { ["configuration"] = true },
                ["textDocument"] = new JsonObject
                {
                    ["completion"] = new JsonObject { ["completionItem"] = new JsonObject { ["snippetSupport"] = false } },
                    ["publishDiagnostics"] = new JsonObject(),
                },
            },
        });
        Notify("initialized", new JsonObject());
        Notify("workspace/didChangeConfiguration", new JsonObject { ["settings"] = new JsonObject { ["yaml"] = _settings.DeepClone() } });
    }

    public string Log
    {
        get { lock (_log) return _log.ToString(); }
    }

    /// <summary>Opens a document and waits for the first diagnostics the server publishes for it.</summary>
    public JsonArray Open(string path, string text)
    {
        string uri = new Uri(path).AbsoluteUri;
        var published = _diagnostics.GetOrAdd(uri, _ => new TaskCompletionSource<JsonArray>(TaskCreationOptions.RunContinuationsAsynchronously));
        Notify("textDocument/didOpen", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = "yaml", ["version"] = 1, ["text"] = text },
        });
        Assert.True(published.Task.Wait(Timeout), "no diagnostics were published for " + uri + "\n" + Log);
        return published.Task.Result;
    }

    /// <summary>The labels the server offers at a zero-based line and character.</summary>
    public List<string> Complete(string path, int line, int character)
    {
        var result = Request("textDocument/completion", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = new Uri(path).AbsoluteUri },
            ["position"] = new JsonObject { ["line"] = line, ["character"] = character },
        });
        var items = result is JsonArray array ? array : result?["items"] as JsonArray ?? new JsonArray();
        return items.Select(item => item!["label"]!.GetValue<string>()).ToList();
    }

    private JsonNode? Request(string method, JsonObject parameters)
    {
        int id = Interlocked.Increment(ref _nextId);
        var response = new TaskCompletionSource<JsonNode?>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = response;
        Send(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters });
        Assert.True(response.Task.Wait(Timeout), "no answer to " + method + "\n" + Log);
        return response.Task.Result;
    }

    private void Notify(string method, JsonObject parameters)
        => Send(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters });

    private void Send(JsonObject message)
    {
        byte[] body = Encoding.UTF8.GetBytes(message.ToJsonString());
        byte[] header = Encoding.ASCII.GetBytes("Content-Length: " + body.Length + "\r\n\r\n");
        lock (_input)
        {
            _input.Write(header);
            _input.Write(body);
            _input.Flush();
        }
    }

    private void ReadLoop()
    {
        var output = _server.StandardOutput.BaseStream;
        try
        {
            while (true)
            {
                int length = -1;
                string? line;
                while ((line = ReadHeaderLine(output)) is { Length: > 0 })
                {
                    if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase)) length = int.Parse(line.Substring(15).Trim(), System.Globalization.CultureInfo.InvariantCulture);
                }
                if (line is null || length < 0) return;
                byte[] body = new byte[length];
                int read = 0;
                while (read < length)
                {
                    int n = output.Read(body, read, length - read);
                    if (n == 0) return;
                    read += n;
                }
                Handle(JsonNode.Parse(body)!.AsObject());
            }
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException)
        {
        }
    }

    private static string? ReadHeaderLine(Stream stream)
    {
        var line = new StringBuilder();
        while (true)
        {
            int b = stream.ReadByte();
            if (b < 0) return null;
            if (b == '\n') return line.ToString().TrimEnd('\r');
            line.Append((char)b);
        }
    }

    private void Handle(JsonObject message)
    {
        string? method = message["method"]?.GetValue<string>();
        if (method is null)
        {
            if (message["id"] is { } id && _pending.TryRemove(id.GetValue<int>(), out var response))
            {
                if (message["error"] is { } error) lock (_log) _log.AppendLine("error: " + error.ToJsonString());
                response.TrySetResult(message["result"]?.DeepClone());
            }
            return;
        }
        if (message["id"] is { } requestId)
        {
            // Requests from the server: settings per section, capability registrations, progress tokens.
            JsonNode? result = null;
            if (method == "workspace/configuration")
            {
                var answers = new JsonArray();
                foreach (var item in message["params"]!["items"]!.AsArray())
                {
                    answers.Add(item?["section"]?.GetValue<string>() == "yaml" ? _settings.DeepClone() : null);
                }
                result = answers;
            }
            Send(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = requestId.DeepClone(), ["result"] = result });
            return;
        }
        if (method == "textDocument/publishDiagnostics")
        {
            string uri = message["params"]!["uri"]!.GetValue<string>();
            var diagnostics = message["params"]!["diagnostics"]!.AsArray();
            lock (_log) _log.AppendLine("diagnostics for " + uri + ": " + diagnostics.ToJsonString());
            // The first publication can be an empty one made before the schema has loaded: wait for one that follows it.
            _diagnostics.GetOrAdd(uri, _ => new TaskCompletionSource<JsonArray>(TaskCreationOptions.RunContinuationsAsynchronously))
                .TrySetResult((JsonArray)diagnostics.DeepClone());
            return;
        }
        lock (_log) _log.AppendLine(method + ": " + message["params"]?.ToJsonString());
    }

    public void Dispose()
    {
        try
        {
            if (!_server.HasExited)
            {
                Request("shutdown", new JsonObject());
                Notify("exit", new JsonObject());
                if (!_server.WaitForExit(5000)) _server.Kill(entireProcessTree: true);
            }
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException or Xunit.Sdk.XunitException)
        {
            if (!_server.HasExited) _server.Kill(entireProcessTree: true);
        }
        _server.Dispose();
    }
}
