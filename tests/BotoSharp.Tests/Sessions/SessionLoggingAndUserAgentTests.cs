using System.Text.RegularExpressions;
using BotoSharp.Logging;
using Microsoft.Extensions.Logging;

namespace BotoSharp.Tests.Sessions;

/// <summary>Loggers in botocore's format and the legacy user agent.</summary>
[NonParallelizable]
public class SessionLoggingAndUserAgentTests
{
    private static Session NewSession(Dictionary<string, string>? env = null) => new(environment: env ?? new Dictionary<string, string>());

    [Test]
    public void StreamLoggerWritesChildLoggersInBotocoresFormatAtOrAboveItsLevel()
    {
        var writer = new StringWriter();
        NewSession().SetStreamLogger("botosharp-test", LogLevel.Information, writer);
        var handler = BotoLoggerFactory.Shared.Handlers.Last();
        try
        {
            var logger = BotoLoggerFactory.Shared.CreateLogger("botosharp-test.credentials");
            logger.LogDebug("hidden");
            logger.LogWarning("Found credentials");
            BotoLoggerFactory.Shared.CreateLogger("other").LogWarning("not ours");
            Assert.That(writer.ToString(), Does.Match(
                @"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} - botosharp-test\.credentials - WARNING - Found credentials\r?\n$"));
        }
        finally
        {
            BotoLoggerFactory.Shared.RemoveHandler(handler);
        }
    }

    [Test]
    public void FileLoggerAppendsToTheFile()
    {
        string path = Path.Combine(Path.GetTempPath(), "botosharp-log-" + Guid.NewGuid().ToString("N") + ".log");
        NewSession().SetFileLogger(LogLevel.Debug, path, "botosharp-file");
        var handler = BotoLoggerFactory.Shared.Handlers.Last();
        try
        {
            BotoLoggerFactory.Shared.CreateLogger("botosharp-file").LogDebug("to the file");
            using var reader = new StreamReader(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
            Assert.That(reader.ReadToEnd(), Does.Contain(" - botosharp-file - DEBUG - to the file"));
        }
        finally
        {
            BotoLoggerFactory.Shared.RemoveHandler(handler);
        }
    }

    [Test]
    public void UserAgentStartsWithBotoSharpNameAndVersion()
    {
        Assert.That(NewSession().UserAgent, Does.Match(@"^BotoSharp/\d+\.\d+\.\d+ dotnet/\S+ \S+/\S+$"));
    }

    [Test]
    public void WireUserAgentNamesBotoSharpAndTheBotocoreItFollows()
    {
        var session = NewSession();
        var header = session.GetComponent<BotoSharp.UserAgents.UserAgentString>("user_agent_creator")
            .SetSessionConfig(session.UserAgentName, session.UserAgentVersion, session.UserAgentExtra).ToString();
        Assert.That(header, Does.Match(@"^BotoSharp/\d+\.\d+\.\d+ md/Botocore#1\.43\.11 ua/2\.1 os/"));
    }

    [Test]
    public void UserAgentAddsExecutionEnvironmentAndExtraInThatOrder()
    {
        var session = NewSession(new() { ["AWS_EXECUTION_ENV"] = "AWS_Lambda_python3.11" });
        session.UserAgentName = "MyTool";
        session.UserAgentVersion = "2.0";
        session.UserAgentExtra = "extra/1";
        Assert.That(session.UserAgent, Does.StartWith("MyTool/2.0 "));
        Assert.That(session.UserAgent, Does.EndWith(" exec-env/AWS_Lambda_python3.11 extra/1"));
        Assert.That(Regex.Matches(session.UserAgent, " ").Count, Is.EqualTo(4));
    }
}
