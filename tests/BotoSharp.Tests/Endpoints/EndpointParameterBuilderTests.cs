using BotoSharp.Endpoints;
using BotoSharp.Errors;

namespace BotoSharp.Tests.Endpoints;

/// <summary>The precedence and laziness rules of parameter building, on a small made-up rule set.</summary>
[TestFixture]
public sealed class EndpointParameterBuilderTests
{
    private static readonly EndpointProvider s_provider = new("""
        {"version":"1.0","parameters":{
          "Region":{"type":"string","builtIn":"AWS::Region"},
          "Bucket":{"type":"string"},
          "Flag":{"type":"boolean","builtIn":"AWS::S3::Accelerate","default":false},
          "Account":{"type":"string","builtIn":"AWS::Auth::AccountId"},
          "Keys":{"type":"stringArray"}},
         "rules":[{"conditions":[],"endpoint":{"url":"https://x"},"type":"endpoint"}]}
        """, EndpointTestData.PartitionsJson);

    private static readonly EndpointParameterSources s_sources = new()
    {
        StaticContextParams = new Dictionary<string, object?> { ["Flag"] = true },
        ContextParams = new Dictionary<string, string> { ["Bucket"] = "BucketName", ["Flag"] = "Accelerated" },
        OperationContextParams = new Dictionary<string, string> { ["Keys"] = "Delete.Objects[*].Key" },
        ClientContextParams = ["Bucket", "Region"],
    };

    /// <summary>Static context beats the call argument, which beats client context, which beats the builtIn.</summary>
    [Test]
    public void Context_values_take_precedence_in_botocores_order()
    {
        var callArgs = new Dictionary<string, object?>
        {
            ["BucketName"] = "from-call",
            ["Accelerated"] = false,
            ["Delete"] = new Dictionary<string, object?> { ["Objects"] = new List<object?> { new Dictionary<string, object?> { ["Key"] = "a" }, new Dictionary<string, object?> { ["Key"] = "b" } } },
        };
        var clientContext = new Dictionary<string, object?> { ["bucket"] = "from-client", ["region"] = "eu-west-1" };
        var builtIns = new Dictionary<string, object?> { [EndpointBuiltIns.Region] = "us-east-1", [EndpointBuiltIns.S3Accelerate] = false };
        var parameters = EndpointParameterBuilder.Build(s_provider.Parameters, s_sources, callArgs, clientContext, builtIns);
        Assert.Multiple(() =>
        {
            Assert.That(parameters["Flag"], Is.EqualTo(true));
            Assert.That(parameters["Bucket"], Is.EqualTo("from-call"));
            Assert.That(parameters["Region"], Is.EqualTo("eu-west-1"));
            Assert.That(parameters["Keys"], Is.EqualTo(new List<object?> { "a", "b" }));
            Assert.That(parameters.ContainsKey("Account"), Is.False);
        });
    }

    /// <summary>A builtIn given as a function is called only when no context value exists, and null values are left out.</summary>
    [Test]
    public void A_builtIn_function_is_called_only_when_needed()
    {
        var calls = 0;
        var builtIns = new Dictionary<string, object?>
        {
            [EndpointBuiltIns.AccountId] = new Func<object?>(() => { calls++; return "123456789012"; }),
            [EndpointBuiltIns.Region] = null,
        };
        var parameters = EndpointParameterBuilder.Build(s_provider.Parameters, EndpointParameterSources.None, null, null, builtIns);
        Assert.Multiple(() =>
        {
            Assert.That(parameters["Account"], Is.EqualTo("123456789012"));
            Assert.That(calls, Is.EqualTo(1));
            Assert.That(parameters.ContainsKey("Region"), Is.False);
            Assert.That(s_provider.ResolveEndpoint(parameters).Url, Is.EqualTo("https://x"));
        });
    }

    /// <summary>A parameter naming a builtIn botocore does not know fails with its error.</summary>
    [Test]
    public void An_unknown_builtIn_name_is_an_error()
    {
        var provider = new EndpointProvider("""
            {"version":"1.0","parameters":{"X":{"type":"string","builtIn":"AWS::Nope"}},
             "rules":[{"conditions":[],"endpoint":{"url":"https://x"},"type":"endpoint"}]}
            """, EndpointTestData.PartitionsJson);
        Assert.That(() => EndpointParameterBuilder.Build(provider.Parameters, EndpointParameterSources.None, null, null, null),
            Throws.TypeOf<UnknownEndpointResolutionBuiltInName>().With.Message.EqualTo("Unknown builtin variable name: AWS::Nope"));
    }

    /// <summary>With use_ssl off an https result becomes http, unless an explicit Endpoint parameter was given.</summary>
    [Test]
    public void Use_ssl_off_downgrades_the_scheme_only_without_an_explicit_endpoint()
    {
        Assert.Multiple(() =>
        {
            Assert.That(EndpointParameterBuilder.ApplyUseSsl("https://a.com/x", false, new Dictionary<string, object?>()), Is.EqualTo("http://a.com/x"));
            Assert.That(EndpointParameterBuilder.ApplyUseSsl("https://a.com", false, new Dictionary<string, object?> { ["Endpoint"] = "https://a.com" }), Is.EqualTo("https://a.com"));
            Assert.That(EndpointParameterBuilder.ApplyUseSsl("https://a.com", true, new Dictionary<string, object?>()), Is.EqualTo("https://a.com"));
        });
    }
}
