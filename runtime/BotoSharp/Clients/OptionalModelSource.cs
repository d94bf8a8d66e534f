using System.Text.Json.Nodes;
using BotoSharp.Loading;

namespace BotoSharp.Clients;

/// <summary>
/// Where a client's optional models (<c>paginators-1</c>, <c>waiters-2</c>) come from: the session's loader, the
/// service and the client's API version. botocore's client loads them on first <c>get_paginator</c>/<c>get_waiter</c>.
/// </summary>
internal sealed record OptionalModelSource(Loader Loader, string ServiceName, string ApiVersion)
{
    /// <summary>The <paramref name="typeName"/> model, or null when the service has none.</summary>
    public JsonObject? Load(string typeName)
    {
        try
        {
            return Loader.LoadServiceModel(ServiceName, typeName, ApiVersion);
        }
        catch (Errors.DataNotFoundError)
        {
            return null;
        }
    }
}
