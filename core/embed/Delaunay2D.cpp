#include "embed/Delaunay2D.h"

extern "C" {
#include <libqhull_r/qhull_ra.h>
}

#include <cstdio>

namespace hplx {

// Delaunay triangulation of the 2-D points with Qhull, the options SciPy's
// Delaunay (and so griddata) uses: "Qbb Qc Qz Q12" plus "Qt" (triangulated
// output). Duplicate points are left out of the triangles (Qc keeps them as
// coplanar points). Empty when the points are fewer than 3 or collinear.
std::vector<Triangle> delaunay(const std::vector<float> &x, const std::vector<float> &y)
{
    const std::size_t n = x.size();
    std::vector<Triangle> triangles;
    if (n < 3)
        return triangles;
    std::vector<coordT> coordinates(2 * n);
    for (std::size_t i = 0; i < n; ++i) {
        coordinates[2 * i] = x[i];
        coordinates[2 * i + 1] = y[i];
    }
    qhT state;
    qhT *qh = &state;
    // Qhull reports degenerate input (all points on a line) on errfile; keep it quiet.
    std::FILE *errors = std::tmpfile();
    qh_zero(qh, errors);
    char options[] = "qhull d Qt Qbb Qc Qz Q12";
    const int status = qh_new_qhull(qh, 2, static_cast<int>(n), coordinates.data(), False, options, nullptr, errors);
    if (status == 0) {
        facetT *facet;
        FORALLfacets
        {
            if (facet->upperdelaunay)
                continue;
            Triangle triangle{-1, -1, -1};
            std::size_t k = 0;
            vertexT *vertex, **vertexp;
            FOREACHvertex_(facet->vertices)
            {
                const int id = qh_pointid(qh, vertex->point);
                if (k < 3 && id >= 0 && id < static_cast<int>(n))
                    triangle[k] = id;
                ++k;
            }
            if (k == 3 && triangle[0] >= 0 && triangle[1] >= 0 && triangle[2] >= 0)
                triangles.push_back(triangle);
        }
    }
    qh_freeqhull(qh, !qh_ALL);
    int currentLong = 0, totalLong = 0;
    qh_memfreeshort(qh, &currentLong, &totalLong);
    if (errors)
        std::fclose(errors);
    return triangles;
}

} // namespace hplx
