using BotoSharp.Endpoints;
using BotoSharp.Errors;

namespace BotoSharp.Tests.Endpoints;

/// <summary>Engine rules that the conformance data does not reach: errors, scoping, types and caching.</summary>
[TestFixture]
public sealed class RuleSetEngineTests
{
    private static EndpointProvider Provider(string parameters, string rules) =>
        new("{\"version\":\"1.0\",\"parameters\":{" + parameters + "},\"rules\":[" + rules + "]}", EndpointTestData.PartitionsJson);

    private const string RegionParameter = "\"Region\":{\"type\":\"String\",\"builtIn\":\"AWS::Region\"}";

    private const string RegionRule = """
        {"conditions":[{"fn":"isSet","argv":[{"ref":"Region"}]}],
         "endpoint":{"url":"https://{Region}.example.com"},"type":"endpoint"}
        """;

    /// <summary>Binding a name that is already in scope is an error with botocore's text.</summary>
    [Test]
    public void Assigning_a_name_already_in_scope_is_an_error()
    {
        var provider = Provider(RegionParameter, """
            {"conditions":[{"fn":"aws.partition","argv":[{"ref":"Region"}],"assign":"Region"}],
             "endpoint":{"url":"https://x"},"type":"endpoint"}
            """);
        var error = Assert.Throws<EndpointResolutionError>(() => provider.ResolveEndpoint(new Dictionary<string, object?> { ["Region"] = "us-east-1" }));
        Assert.That(error!.Message, Is.EqualTo("Assignment Region already exists in scoped variables and cannot be overwritten"));
    }

    /// <summary>A variable assigned by a rule that failed is not visible to the next rule.</summary>
    [Test]
    public void Assignments_of_a_failed_rule_do_not_leak_into_the_next_rule()
    {
        var provider = Provider(RegionParameter, """
            {"conditions":[{"fn":"aws.partition","argv":[{"ref":"Region"}],"assign":"P"},
                           {"fn":"booleanEquals","argv":[true,false]}],
             "endpoint":{"url":"https://never"},"type":"endpoint"},
            {"conditions":[{"fn":"aws.partition","argv":[{"ref":"Region"}],"assign":"P"}],
             "endpoint":{"url":"https://{Region}.{P#dnsSuffix}"},"type":"endpoint"}
            """);
        var endpoint = provider.ResolveEndpoint(new Dictionary<string, object?> { ["Region"] = "cn-north-1" });
        Assert.That(endpoint.Url, Is.EqualTo("https://cn-north-1.amazonaws.com.cn"));
    }

    /// <summary>A value of the wrong type names the parameter and the Python type botocore expects.</summary>
    [Test]
    public void A_parameter_of_the_wrong_type_is_rejected_with_botocores_message()
    {
        var provider = Provider(RegionParameter + ",\"Flag\":{\"type\":\"Boolean\"},\"List\":{\"type\":\"stringArray\"}", RegionRule);
        Assert.Multiple(() =>
        {
            Assert.That(() => provider.ResolveEndpoint(new Dictionary<string, object?> { ["Region"] = true }),
                Throws.TypeOf<EndpointResolutionError>().With.Message.EqualTo("Value (Region) is the wrong type. Must be <class 'str'>."));
            Assert.That(() => provider.ResolveEndpoint(new Dictionary<string, object?> { ["Flag"] = "true" }),
                Throws.TypeOf<EndpointResolutionError>().With.Message.EqualTo("Value (Flag) is the wrong type. Must be <class 'bool'>."));
            Assert.That(() => provider.ResolveEndpoint(new Dictionary<string, object?> { ["List"] = "a" }),
                Throws.TypeOf<EndpointResolutionError>().With.Message.EqualTo("Value (List) is the wrong type. Must be <class 'tuple'>."));
        });
    }

    /// <summary>A required parameter without value or default is an error.</summary>
    [Test]
    public void A_missing_required_parameter_is_an_error()
    {
        var provider = Provider("\"Region\":{\"type\":\"string\",\"required\":true}", RegionRule);
        Assert.That(() => provider.ResolveEndpoint(new Dictionary<string, object?>()),
            Throws.TypeOf<EndpointResolutionError>().With.Message.EqualTo("Cannot find value for required parameter Region"));
    }

    /// <summary>When no rule applies, the message lists the parameters as given, in Python's spelling.</summary>
    [Test]
    public void No_matching_rule_lists_the_given_parameters()
    {
        var provider = Provider(RegionParameter + ",\"Flag\":{\"type\":\"Boolean\",\"default\":false},\"List\":{\"type\":\"stringArray\"}", RegionRule);
        var parameters = new Dictionary<string, object?> { ["Flag"] = true, ["List"] = new List<string> { "a", "b" }, ["Extra"] = null };
        Assert.That(() => provider.ResolveEndpoint(parameters),
            Throws.TypeOf<EndpointResolutionError>().With.Message.EqualTo(
                "No endpoint found for parameters:\nFlag: True\nList: ('a', 'b')\nExtra: None"));
    }

    /// <summary>Unknown rule and parameter types are rejected when the rule set is loaded.</summary>
    [Test]
    public void Unknown_rule_and_parameter_types_are_rejected_when_loading()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => Provider(RegionParameter, "{\"conditions\":[],\"type\":\"bogus\"}"),
                Throws.TypeOf<EndpointResolutionError>().With.Message.EqualTo("Unknown rule type: bogus. A rule must be of type tree, endpoint or error."));
            Assert.That(() => Provider("\"R\":{\"type\":\"integer\"}", RegionRule),
                Throws.TypeOf<EndpointResolutionError>().With.Message.EqualTo("Unknown parameter type: integer. A parameter must be of type string, boolean, or stringarray."));
            Assert.That(() => new EndpointProvider("{not json", EndpointTestData.PartitionsJson), Throws.TypeOf<EndpointResolutionError>());
        });
    }

    /// <summary>stringEquals on an unset value fails with botocore's type message rather than returning false.</summary>
    [Test]
    public void StringEquals_on_an_unset_value_is_an_error()
    {
        var provider = Provider(RegionParameter, """
            {"conditions":[{"fn":"stringEquals","argv":[{"ref":"Region"},"x"]}],"endpoint":{"url":"https://x"},"type":"endpoint"}
            """);
        Assert.That(() => provider.ResolveEndpoint(new Dictionary<string, object?>()),
            Throws.TypeOf<EndpointResolutionError>().With.Message.EqualTo(
                "Both values must be strings, not <class 'NoneType'> and <class 'str'>."));
    }

    /// <summary>The same parameters, in any order, are answered from the cache with the same result object.</summary>
    [Test]
    public void Equal_parameter_sets_are_answered_from_the_cache()
    {
        var provider = Provider(RegionParameter + ",\"Flag\":{\"type\":\"Boolean\"}", RegionRule);
        var first = provider.ResolveEndpoint(new Dictionary<string, object?> { ["Region"] = "us-west-2", ["Flag"] = true });
        var second = provider.ResolveEndpoint(new Dictionary<string, object?> { ["Flag"] = true, ["Region"] = "us-west-2" });
        var other = provider.ResolveEndpoint(new Dictionary<string, object?> { ["Region"] = "us-west-2", ["Flag"] = false });
        Assert.Multiple(() =>
        {
            Assert.That(second, Is.SameAs(first));
            Assert.That(other, Is.Not.SameAs(first));
            Assert.That(other.Url, Is.EqualTo(first.Url));
        });
    }

    /// <summary>Many threads resolving different regions at once each get their own region's endpoint.</summary>
    [Test]
    public void Concurrent_resolution_gives_each_caller_its_own_result()
    {
        var provider = EndpointTestData.ProviderFor("dynamodb");
        var regions = Enumerable.Range(0, 400).Select(i => $"us-test-{i % 150}").ToArray();
        var results = new string[regions.Length];
        Parallel.For(0, regions.Length, i =>
        {
            results[i] = provider.ResolveEndpoint(new Dictionary<string, object?> { ["Region"] = regions[i] }).Url;
        });
        for (var i = 0; i < regions.Length; i++)
        {
            Assert.That(results[i], Is.EqualTo($"https://dynamodb.{regions[i]}.amazonaws.com"));
        }
    }
}
