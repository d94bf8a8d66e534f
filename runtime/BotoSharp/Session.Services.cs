using System.Text.Json.Nodes;
using BotoSharp.Events;
using BotoSharp.Loading;
using BotoSharp.Models;

namespace BotoSharp;

public partial class Session
{
    private static readonly Dictionary<string, string> s_eventAliasesByName = EventAliasesByName();

    // The first alias of each old name wins; a loop rather than GroupBy over the (string, string) tuples, which has
    // no precompiled code and ran in every cold process.
    private static Dictionary<string, string> EventAliasesByName()
    {
        var byName = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var alias in EventAliases.Default)
        {
            byName.TryAdd(alias.OldPart, alias.NewPart);
        }
        return byName;
    }

    /// <summary>The <c>data_loader</c> component.</summary>
    internal Loader DataLoader => GetComponent<Loader>("data_loader");

    /// <summary>botocore's <c>get_available_services</c>: sorted names of services with a <c>service-2</c> model anywhere on the data path.</summary>
    public IReadOnlyList<string> GetAvailableServices() => DataLoader.ListAvailableServices("service-2");

    /// <summary>
    /// botocore's <c>get_service_data</c>: the service-2 document (with sdk-extras), after emitting
    /// <c>service-data-loaded.&lt;alias&gt;</c> with <c>service_data</c>, <c>service_name</c> and <c>session</c> so
    /// handlers can edit it. The document is the loader's cached object: edits persist.
    /// </summary>
    /// <exception cref="Errors.UnknownServiceError">No such service.</exception>
    /// <exception cref="Errors.DataNotFoundError">No such API version.</exception>
    public JsonObject GetServiceData(string serviceName, string? apiVersion = null)
    {
        ArgumentNullException.ThrowIfNull(serviceName);
        var serviceData = DataLoader.LoadServiceModel(serviceName, "service-2", apiVersion);
        // botocore looks the whole service name up in the alias table here; the emitter's aliasing then applies on top.
        var serviceId = s_eventAliasesByName.TryGetValue(serviceName, out var alias) ? alias : serviceName;
        _events.Emit($"service-data-loaded.{serviceId}", new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["service_data"] = serviceData,
            ["service_name"] = serviceName,
            ["session"] = this,
        });
        return serviceData;
    }

    /// <summary>botocore's <c>get_service_model</c>: a <see cref="ServiceModel"/> over <see cref="GetServiceData"/> (so the event fires).</summary>
    public ServiceModel GetServiceModel(string serviceName, string? apiVersion = null) =>
        new(GetServiceData(serviceName, apiVersion), serviceName);

    /// <summary>botocore's <c>get_waiter_model</c>: the service's waiters-2 document (with extras).</summary>
    /// <exception cref="Errors.UnknownServiceError">The service has no waiters (or does not exist).</exception>
    public WaiterModel GetWaiterModel(string serviceName, string? apiVersion = null) =>
        new(DataLoader.LoadServiceModel(serviceName, "waiters-2", apiVersion));

    /// <summary>botocore's <c>get_paginator_model</c>: the service's paginators-1 document (with extras).</summary>
    /// <exception cref="Errors.UnknownServiceError">The service has no paginators (or does not exist).</exception>
    public PaginatorModel GetPaginatorModel(string serviceName, string? apiVersion = null) =>
        new(DataLoader.LoadServiceModel(serviceName, "paginators-1", apiVersion));

    /// <summary>botocore's <c>get_data</c>: a data file by logical path (<c>endpoints</c>, <c>_retry</c>, <c>s3/2006-03-01/service-2</c>).</summary>
    /// <exception cref="Errors.DataNotFoundError">No such file.</exception>
    public JsonObject GetData(string dataPath) => DataLoader.LoadData(dataPath);

    partial void RegisterLoaderComponents()
    {
        _components.LazyRegisterComponent("data_loader", static session => ((Session)session).CreateDataLoader(), this);
    }

    private Loader CreateDataLoader()
    {
        return Loader.Create(GetConfigVariable("data_path") as string, EnvironmentVariables);
    }
}
