#include "vtk/ColourBar.h"

#include "vtk/ColourMaps.h"

#include <vtkCoordinate.h>
#include <vtkLookupTable.h>
#include <vtkScalarBarActor.h>
#include <vtkTextProperty.h>
#include <vtkVariant.h>

#include <algorithm>

namespace hplx {

void styleColourBar(vtkScalarBarActor *bar)
{
    bar->SetNumberOfLabels(5);
    bar->SetLabelFormat("%.4g");
    bar->SetVerticalTitleSeparation(8);
    bar->SetMaximumWidthInPixels(90);
    // The bar at the strip's left, labels right of it: VTK lets labels placed
    // before a bar run into it.
    bar->GetPositionCoordinate()->SetValue(0.02, 0.08);
    bar->SetWidth(0.75);
    bar->SetHeight(0.8);
    bar->SetBarRatio(0.3);
    bar->SetTextPositionToSucceedScalarBar();
    bar->UnconstrainedFontSizeOn();
    bar->SetAnnotationLeaderPadding(6);
    bar->SetDrawAnnotations(false);
    for (vtkTextProperty *text :
         {bar->GetTitleTextProperty(), bar->GetLabelTextProperty(), bar->GetAnnotationTextProperty()}) {
        text->SetColor(0.1, 0.1, 0.1);
        text->SetFontFamilyToArial();
        text->BoldOff();
        text->ItalicOff();
        text->ShadowOff();
    }
    bar->GetTitleTextProperty()->SetFontSize(14);
    bar->GetLabelTextProperty()->SetFontSize(12);
    bar->GetAnnotationTextProperty()->SetFontSize(12);
    bar->VisibilityOff();
}

QString wrapColourBarTitle(const QString &title, int maxCharacters)
{
    const QStringList words = title.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList lines;
    for (const QString &word : words) {
        if (!lines.isEmpty() && lines.back().size() + 1 + word.size() <= std::max(maxCharacters, 1))
            lines.back() += QLatin1Char(' ') + word;
        else
            lines.push_back(word);
    }
    return lines.join(QLatin1Char('\n'));
}

void setColourBarLevels(vtkScalarBarActor *bar, vtkLookupTable *lut, const QStringList &levels, bool categorical)
{
    lut->ResetAnnotations();
    const int n = static_cast<int>(levels.size());
    const bool indexed = categorical && n > 0;
    lut->SetIndexedLookup(indexed);
    if (indexed) {
        lut->SetNumberOfTableValues(n);
        for (int i = 0; i < n; ++i) {
            const unsigned int rgb = qualitativeRgb(i);
            lut->SetTableValue(i, ((rgb >> 16) & 0xFF) / 255.0, ((rgb >> 8) & 0xFF) / 255.0, (rgb & 0xFF) / 255.0, 1.0);
            lut->SetAnnotation(vtkVariant(double(i)), levels[i].toStdString());
        }
    } else if (n > 0) {
        for (const int i : namedLevels(n))
            lut->SetAnnotation(vtkVariant(double(i)), levels[i].toStdString());
    }
    // Annotations (the named levels) go opposite the tick labels: tick labels
    // "before" the bar puts the names right of it, where the strip has room.
    if (n > 0)
        bar->SetTextPositionToPrecedeScalarBar();
    else
        bar->SetTextPositionToSucceedScalarBar();
    bar->SetDrawAnnotations(n > 0);
    bar->SetDrawTickLabels(n == 0);
    lut->Modified();
    bar->Modified();
}

} // namespace hplx
