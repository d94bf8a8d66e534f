using BotoSharp.Errors;
using BotoSharp.Loading;

namespace BotoSharp.Tests.Loading;

/// <summary>The loader over temporary data folders: formats, versions, extras, caching and errors.</summary>
[TestFixture]
public class LoaderTests
{
    private static Loader LoaderOver(params string[] paths) => new(paths, includeDefaultSearchPaths: false);

    [Test]
    public void A_json_file_is_preferred_to_a_gz_file_in_the_same_folder_and_gz_alone_is_read()
    {
        using var data = new TempDataPath()
            .Write("both", """{"from":"json"}""").Write("both", """{"from":"gz"}""", gzip: true)
            .Write("gzonly", """{"from":"gz"}""", gzip: true);
        var loader = LoaderOver(data.Root);
        Assert.That((string?)loader.LoadData("both")["from"], Is.EqualTo("json"));
        Assert.That((string?)loader.LoadData("gzonly")["from"], Is.EqualTo("gz"));
    }

    [Test]
    public void The_first_search_path_with_the_file_wins_even_if_it_only_has_the_gz_form()
    {
        using var first = new TempDataPath().Write("x", """{"from":"first"}""", gzip: true);
        using var second = new TempDataPath().Write("x", """{"from":"second"}""");
        Assert.That((string?)LoaderOver(first.Root, second.Root).LoadData("x")["from"], Is.EqualTo("first"));
    }

    [Test]
    public void Missing_data_is_a_data_not_found_error_naming_the_path()
    {
        using var data = new TempDataPath();
        var error = Assert.Throws<DataNotFoundError>(() => LoaderOver(data.Root, "/does/not/exist").LoadData("nothing/here"));
        Assert.That(error!.Message, Is.EqualTo("Unable to load data for: nothing/here"));
    }

    [TestCase("{\"a\": ", TestName = "Truncated JSON is a parse error naming the file")]
    [TestCase("[1, 2]", TestName = "A JSON array where an object belongs is a parse error naming the file")]
    [TestCase("null", TestName = "A JSON null file is a parse error naming the file")]
    public void Broken_json_is_a_data_file_parse_error_naming_the_file(string content)
    {
        using var data = new TempDataPath().Write("svc/2020-01-01/service-2", content);
        var error = Assert.Throws<DataFileParseError>(() => LoaderOver(data.Root).LoadServiceModel("svc", "service-2"));
        Assert.That(error!.Path, Is.EqualTo(Path.Combine(data.Root, "svc/2020-01-01/service-2") + ".json"));
    }

    [Test]
    public void A_corrupt_gz_file_is_a_data_file_parse_error()
    {
        using var data = new TempDataPath();
        Directory.CreateDirectory(Path.Combine(data.Root, "svc"));
        File.WriteAllBytes(Path.Combine(data.Root, "svc", "bad.json.gz"), new byte[] { 1, 2, 3, 4 });
        Assert.Throws<DataFileParseError>(() => LoaderOver(data.Root).LoadData("svc/bad"));
    }

    [Test]
    public void Services_and_versions_are_unions_over_search_paths_and_the_latest_version_wins()
    {
        using var first = new TempDataPath().Write("b/2021-01-01/service-2", "{}").Write("c/2019-01-01/waiters-2", "{}");
        using var second = new TempDataPath().Write("b/2020-01-01/service-2", "{}", gzip: true).Write("a/2018-01-01/service-2", "{}");
        var loader = LoaderOver(first.Root, second.Root);
        Assert.That(loader.ListAvailableServices("service-2"), Is.EqualTo(new[] { "a", "b" }));
        Assert.That(loader.ListAvailableServices("waiters-2"), Is.EqualTo(new[] { "c" }));
        Assert.That(loader.ListApiVersions("b", "service-2"), Is.EqualTo(new[] { "2020-01-01", "2021-01-01" }));
        Assert.That(loader.DetermineLatestVersion("b", "service-2"), Is.EqualTo("2021-01-01"));
    }

    [Test]
    public void A_service_without_that_file_type_has_no_versions()
    {
        using var data = new TempDataPath().Write("b/2021-01-01/service-2", "{}");
        var error = Assert.Throws<DataNotFoundError>(() => LoaderOver(data.Root).ListApiVersions("b", "waiters-2"));
        Assert.That(error!.DataPath, Is.EqualTo("b"));
    }

    [Test]
    public void An_unknown_service_lists_the_known_ones_comma_joined()
    {
        using var data = new TempDataPath().Write("b/2021-01-01/service-2", "{}").Write("a/2021-01-01/service-2", "{}");
        var error = Assert.Throws<UnknownServiceError>(() => LoaderOver(data.Root).LoadServiceModel("zzz", "service-2"));
        Assert.That(error!.Message, Is.EqualTo("Unknown service: 'zzz'. Valid service names are: a, b"));
    }

    [Test]
    public void Sdk_extras_deep_merge_objects_and_replace_other_values_even_from_another_search_path()
    {
        using var first = new TempDataPath().Write("s/2020-01-01/service-2.sdk-extras",
            """{"version":1.0,"merge":{"metadata":{"added":"x","list":[9]},"shapes":{"S":{"type":"integer"}}}}""");
        using var second = new TempDataPath().Write("s/2020-01-01/service-2",
            """{"metadata":{"kept":"k","list":[1,2]},"shapes":{"S":{"type":"string","min":1}}}""");
        var model = LoaderOver(first.Root, second.Root).LoadServiceModel("s", "service-2");
        Assert.That(model.ToJsonString(), Is.EqualTo(
            """{"metadata":{"kept":"k","list":[9],"added":"x"},"shapes":{"S":{"type":"integer","min":1}}}"""));
    }

    [Test]
    public void Extras_without_a_merge_key_change_nothing_and_disabled_extras_are_not_read()
    {
        using var data = new TempDataPath()
            .Write("s/2020-01-01/service-2", """{"a":1}""")
            .Write("s/2020-01-01/service-2.sdk-extras", """{"version":1.0,"other":{"a":2}}""")
            .Write("t/2020-01-01/service-2", """{"a":1}""")
            .Write("t/2020-01-01/service-2.sdk-extras", """{"merge":{"a":2}}""");
        Assert.That(LoaderOver(data.Root).LoadServiceModel("s", "service-2").ToJsonString(), Is.EqualTo("""{"a":1}"""));
        var noExtras = new Loader(new[] { data.Root }, includeDefaultSearchPaths: false, includeDefaultExtras: false);
        Assert.That(noExtras.LoadServiceModel("t", "service-2").ToJsonString(), Is.EqualTo("""{"a":1}"""));
    }

    [Test]
    public void A_cached_model_is_the_same_mutable_object_and_shared_with_load_data()
    {
        using var data = new TempDataPath().Write("s/2020-01-01/service-2", """{"a":1}""");
        var loader = LoaderOver(data.Root);
        var model = loader.LoadServiceModel("s", "service-2");
        model["edited"] = true;
        Assert.That(loader.LoadServiceModel("s", "service-2"), Is.SameAs(model));
        Assert.That(loader.LoadServiceModel("s", "service-2", "2020-01-01"), Is.SameAs(model));
        Assert.That(loader.LoadData("s/2020-01-01/service-2"), Is.SameAs(model));
    }

    [Test]
    public void A_requested_version_that_does_not_exist_is_data_not_found()
    {
        using var data = new TempDataPath().Write("s/2020-01-01/service-2", "{}");
        var error = Assert.Throws<DataNotFoundError>(() => LoaderOver(data.Root).LoadServiceModel("s", "service-2", "1999-01-01"));
        Assert.That(error!.Message, Is.EqualTo("Unable to load data for: s/1999-01-01/service-2"));
    }

    [Test]
    public void Create_splits_the_data_path_and_expands_variables_and_home()
    {
        var env = new Dictionary<string, string> { ["HOME"] = "/home/u", ["MODELS"] = "/m" };
        var loader = Loader.Create(string.Join(Path.PathSeparator, "$MODELS/a", "${MODELS}/b", "~/c", "$UNSET/d"), env);
        Assert.That(loader.SearchPaths, Is.EqualTo(new[] { "/m/a", "/m/b", "/home/u/c", "$UNSET/d", "/home/u/.aws/models" }));
        Assert.That(loader.IncludesBuiltinData, Is.True);
    }

    [Test]
    public void Built_in_data_is_found_after_the_search_paths_and_reports_a_builtin_path()
    {
        using var data = new TempDataPath();
        var loader = new Loader(new[] { data.Root }, customerDataPath: Path.Combine(data.Root, "none"));
        var (endpoints, path) = loader.LoadDataWithPath("endpoints");
        Assert.That((int?)endpoints["version"], Is.EqualTo(3));
        Assert.That(loader.IsBuiltinPath(path), Is.True);
        data.Write("_retry", """{"mine":true}""");
        var (retry, retryPath) = new Loader(new[] { data.Root }).LoadDataWithPath("_retry");
        Assert.That((bool?)retry["mine"], Is.True);
        Assert.That(loader.IsBuiltinPath(retryPath), Is.False);
    }
}
