using System.Text.Json.Nodes;
using BotoSharp.Errors;

namespace BotoSharp.Tests.Differential.Sessions;

/// <summary>The value mapping the session differential test relies on is strict: no two Python values share a form.</summary>
public class PythonValuesTests
{
    private static string Json(object? value) => PythonValues.ToNode(value)?.ToJsonString() ?? "null";

    [Test]
    public void Values_serialize_as_json_dumps_writes_the_python_equivalent()
    {
        var map = new Dictionary<string, object?> { ["b"] = 1L, ["a"] = new List<object?> { "x", null, true } };

        Assert.Multiple(() =>
        {
            Assert.That(Json(map), Is.EqualTo("{\"b\":1,\"a\":[\"x\",null,true]}"));
            Assert.That(Json(30.0), Is.EqualTo("30.0"));
            Assert.That(Json(2.5), Is.EqualTo("2.5"));
            Assert.That(Json(7), Is.EqualTo("7"));
        });
    }

    [Test]
    public void An_int_a_float_a_bool_and_a_string_of_the_same_value_all_differ()
    {
        var forms = new[] { Json(1L), Json(1.0), Json(true), Json("1"), Json("True") };

        Assert.That(forms.Distinct().Count(), Is.EqualTo(forms.Length));
    }

    [Test]
    public void Errors_map_to_botocores_exception_names_and_crashes_never_match_one()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Name(new ProfileNotFound("dev")), Is.EqualTo("ProfileNotFound"));
            Assert.That(Name(new InvalidConfigError("invalid literal for int() with base 10: 'x'")), Is.EqualTo("ValueError"));
            Assert.That(Name(new InvalidConfigError("other")), Is.EqualTo("InvalidConfigError"));
            Assert.That(Name(new PartialCredentialsError("ec2-credentials-file", "AWSSecretKey")), Is.EqualTo("KeyError"));
            Assert.That(Name(new PartialCredentialsError("env", "AWS_SECRET_ACCESS_KEY")), Is.EqualTo("PartialCredentialsError"));
            Assert.That(Name(new InvalidCastException("boom")), Does.StartWith("crash:System.InvalidCastException"));
        });
    }

    [Test]
    public void A_type_without_a_python_counterpart_is_shown_by_its_dotnet_name()
    {
        Assert.That(PythonValues.ToNode(TimeSpan.FromSeconds(1))!.GetValue<string>(), Does.StartWith("<.NET TimeSpan"));
    }

    private static string Name(Exception error) => PythonValues.Error(error)["error"]!.GetValue<string>();
}
