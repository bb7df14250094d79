// The colour bar both 3-D views draw in their own strip at the right: one
// look (fonts, sizes, placement) for the surface and the optima network.
#pragma once

#include <QString>
#include <QStringList>

class vtkLookupTable;
class vtkScalarBarActor;

namespace hplx {

// Placement in its renderer, fonts and label format; the bar starts hidden.
void styleColourBar(vtkScalarBarActor *bar);

// The title, broken at its spaces into lines no wider than the bar's strip
// (about maxCharacters each), so a narrow view does not clip it.
QString wrapColourBarTitle(const QString &title, int maxCharacters);

// Named levels on the bar instead of numbers. Categorical: one swatch per
// level in the qualitative palette (the lookup table switches to indexed
// lookup of the values 0..n-1). Ordinal: the table stays continuous over
// 0..n-1 and the level names annotate it (at most about eight, evenly
// picked). An empty list restores numeric labels.
void setColourBarLevels(vtkScalarBarActor *bar, vtkLookupTable *lut, const QStringList &levels, bool categorical);

} // namespace hplx
