namespace Attribution.OrleansSample;

/// <summary>The names a silo and a client must agree on to form one cluster.</summary>
internal static class ClusterNames
{
    /// <summary>The cluster of one deployment; change it (<c>--cluster-id</c>) to run two clusters side by side.</summary>
    public const string DefaultClusterId = "attribution";

    /// <summary>The service: stays the same across deployments of the same application.</summary>
    public const string ServiceId = "attribution-extraction";
}
