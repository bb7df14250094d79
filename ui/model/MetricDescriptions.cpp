#include "model/MetricDescriptions.h"

namespace hplx {

QStringList MetricDescriptions::keys()
{
    return {QStringLiteral("l_ast"),
            QStringLiteral("rho_a"),
            QStringLiteral("nu"),
            QStringLiteral("ndc"),
            QStringLiteral("n_lo"),
            QStringLiteral("n_lo_ratio"),
            QStringLiteral("s_b"),
            QStringLiteral("s_b_fraction"),
            QStringLiteral("go_basin_share"),
            QStringLiteral("fdc"),
            QStringLiteral("ffi"),
            QStringLiteral("mean_dist_go"),
            QStringLiteral("gradient"),
            QStringLiteral("go_access"),
            QStringLiteral("basin_fit_corr"),
            QStringLiteral("delta_l"),
            QStringLiteral("spearman"),
            QStringLiteral("shakeup"),
            QStringLiteral("gamma_set"),
            QStringLiteral("configurations"),
            QStringLiteral("evaluated"),
            QStringLiteral("edges"),
            QStringLiteral("local_optima"),
            QStringLiteral("global_loss")};
}

QString MetricDescriptions::name(const QString &key)
{
    if (key == QLatin1String("l_ast"))
        return tr("performance assortativity");
    if (key == QLatin1String("rho_a"))
        return tr("random-walk autocorrelation");
    if (key == QLatin1String("nu"))
        return tr("mean neutrality");
    if (key == QLatin1String("ndc"))
        return tr("neutrality-distance correlation");
    if (key == QLatin1String("n_lo"))
        return tr("number of local optima");
    if (key == QLatin1String("n_lo_ratio"))
        return tr("share of local optima");
    if (key == QLatin1String("s_b"))
        return tr("mean basin size");
    if (key == QLatin1String("s_b_fraction"))
        return tr("mean basin share");
    if (key == QLatin1String("go_basin_share"))
        return tr("global optimum's basin share");
    if (key == QLatin1String("fdc"))
        return tr("fitness-distance correlation");
    if (key == QLatin1String("ffi"))
        return tr("fitness flattening index");
    if (key == QLatin1String("mean_dist_go"))
        return tr("mean distance to the global optimum");
    if (key == QLatin1String("gradient"))
        return tr("gradient intensity");
    if (key == QLatin1String("go_access"))
        return tr("global-optimum accessibility");
    if (key == QLatin1String("basin_fit_corr"))
        return tr("basin size-loss correlation");
    if (key == QLatin1String("delta_l"))
        return tr("generalisation gap");
    if (key == QLatin1String("spearman"))
        return tr("rank correlation");
    if (key == QLatin1String("shakeup"))
        return tr("shake-up");
    if (key == QLatin1String("gamma_set"))
        return tr("top-set overlap");
    if (key == QLatin1String("configurations"))
        return tr("configurations");
    if (key == QLatin1String("evaluated"))
        return tr("evaluated");
    if (key == QLatin1String("edges"))
        return tr("edges");
    if (key == QLatin1String("local_optima"))
        return tr("local optima");
    if (key == QLatin1String("global_loss"))
        return tr("global optimum loss");
    return key;
}

QString MetricDescriptions::description(const QString &key)
{
    if (key == QLatin1String("l_ast"))
        return tr("How strongly the losses at the two ends of a neighbour edge go together: near 1, neighbours of a "
                  "good configuration are good as well.");
    if (key == QLatin1String("rho_a"))
        return tr("How similar the losses stay along random walks from neighbour to neighbour: near 1 the landscape "
                  "is smooth, near 0 it is rugged.");
    if (key == QLatin1String("nu"))
        return tr("The average share of a configuration's neighbours whose loss is within epsilon of its own: high "
                  "values mean large flat regions.");
    if (key == QLatin1String("ndc"))
        return tr("Rank correlation between a configuration's neutrality and its distance to the global optimum: "
                  "negative when the landscape gets flatter near the optimum.");
    if (key == QLatin1String("n_lo"))
        return tr("How many configurations have no neighbour with a strictly lower loss.");
    if (key == QLatin1String("n_lo_ratio"))
        return tr("The number of local optima divided by the number of evaluated configurations.");
    if (key == QLatin1String("s_b"))
        return tr("The average number of configurations from which steepest descent ends in the same local "
                  "optimum.");
    if (key == QLatin1String("s_b_fraction"))
        return tr("The mean basin size as a share of the evaluated configurations.");
    if (key == QLatin1String("go_basin_share"))
        return tr("The share of evaluated configurations from which steepest descent reaches the global optimum.");
    if (key == QLatin1String("fdc"))
        return tr("Rank correlation between the loss and the distance to the global optimum: positive when losses "
                  "grow the further a configuration is from the best one.");
    if (key == QLatin1String("ffi"))
        return tr("Whether the loss improvements shrink on the way to the global optimum: positive when greedy "
                  "paths flatten out as they approach it.");
    if (key == QLatin1String("mean_dist_go"))
        return tr("The average number of hyperparameter steps between a configuration and the global optimum.");
    if (key == QLatin1String("gradient"))
        return tr("The average loss drop along an improving edge between neighbours.");
    if (key == QLatin1String("go_access"))
        return tr("The share of configurations from which some strictly improving path of neighbours leads to the "
                  "global optimum.");
    if (key == QLatin1String("basin_fit_corr"))
        return tr("Rank correlation between the basin size and the loss of the local optima: negative when better "
                  "optima have larger basins.");
    if (key == QLatin1String("delta_l"))
        return tr("The test loss minus the train loss of a configuration: how much worse it does on unseen data.");
    if (key == QLatin1String("spearman"))
        return tr("Rank correlation of the losses of two landscapes over the configurations both hold.");
    if (key == QLatin1String("shakeup"))
        return tr("How far configurations move in the ranking between two landscapes, as a share of the number of "
                  "configurations.");
    if (key == QLatin1String("gamma_set"))
        return tr("How much the sets of best configurations of two landscapes overlap (intersection over union).");
    if (key == QLatin1String("configurations"))
        return tr("The number of configurations in the grid of the search space.");
    if (key == QLatin1String("evaluated"))
        return tr("The number of configurations that have a loss in this landscape.");
    if (key == QLatin1String("edges"))
        return tr("The number of neighbour pairs among the evaluated configurations.");
    if (key == QLatin1String("local_optima"))
        return tr("The number of configurations without a strictly better neighbour.");
    if (key == QLatin1String("global_loss"))
        return tr("The lowest loss of the landscape, reached at the global optimum.");
    return {};
}

} // namespace hplx
