// HPLX's one host for VTK rendering in Qt 6: a QOpenGLWidget that drives a
// vtkGenericOpenGLRenderWindow (Debian's VTK Qt module is built for Qt 5 and
// must not be linked). Every 3-D view of HPLX renders through this class.
//
// Protocol (ARCHITECTURE.md, "Platform facts"): VTK renders into its own
// framebuffers inside our GL context; paintGL blits VTK's display framebuffer
// into the widget's framebuffer. VTK's WindowMakeCurrentEvent makes *our*
// context current on the surface remembered in initializeGL.
//
// Coordinates: Qt positions are logical widget pixels (origin top left); VTK
// display positions are device pixels (origin bottom left). The conversion
// uses devicePixelRatioF().
//
// Ownership: the widget owns one render window, one renderer and one
// interactor (reference counted by VTK). Callers may add more renderers to
// renderWindow() but must not change its interactor.
#pragma once

#include <QImage>
#include <QOpenGLWidget>
#include <QPoint>

#include <array>
#include <cstdint>

class QOpenGLContext;
class QSurface;
class vtkGenericOpenGLRenderWindow;
class vtkGenericRenderWindowInteractor;
class vtkInteractorObserver;
class vtkObject;
class vtkProp;
class vtkRenderer;

namespace hplx {

class VtkWidget : public QOpenGLWidget
{
    Q_OBJECT

public:
    // What lies under a widget position (see pickAt).
    struct PickResult
    {
        bool hit = false;
        vtkProp *prop = nullptr;                 // borrowed; nullptr when nothing was hit
        std::array<double, 3> position{0, 0, 0}; // world coordinates of the hit
        std::int64_t cellId = -1;                // cell of prop's data set, -1 if none
        std::int64_t pointId = -1;               // nearest point of that cell, -1 if none
    };

    explicit VtkWidget(QWidget *parent = nullptr);
    ~VtkWidget() override;

    // Call once before constructing QApplication: OpenGL 3.2 core, depth 24,
    // stencil 8, no multisampling (software rendering is 2.5x faster without).
    static void setDefaultSurfaceFormat();

    vtkRenderer *renderer() const;
    vtkGenericOpenGLRenderWindow *renderWindow() const;
    vtkGenericRenderWindowInteractor *interactor() const;
    // Replaces the interaction style (nullptr: trackball camera).
    void setInteractorStyle(vtkInteractorObserver *style);

    // Requests a new frame: VTK renders in the next paintGL (coalesced).
    void render();
    // Renders now and returns the frame (device pixels, opaque).
    QImage grabImage();
    // Renders the scene off screen at size device pixels for a figure and
    // returns it (opaque; null before the widget's GL is initialised).
    // pixelScale: device pixels per logical pixel of the figure — point
    // sizes, line widths and the colour bars' pixel limits grow by it, text
    // by pixelScale * textScale. The view on screen is unchanged.
    QImage renderFigure(QSize size, double pixelScale, double textScale);

    // Software ray pick (vtkCellPicker) among the pickable props of renderer()
    // at a logical widget position. tolerance: fraction of the window diagonal.
    PickResult pickAt(QPoint position, double tolerance = 0.005) const;
    // Logical widget position -> VTK display position (device pixels, y up),
    // and back. Both use the current widget size and device pixel ratio.
    std::array<double, 2> toDisplay(QPointF position) const;
    QPointF fromDisplay(double x, double y) const;

    // Frames rendered by VTK since construction (for tests and benchmarks).
    std::int64_t renderCount() const { return m_renderCount; }

Q_SIGNALS:
    // A press and release of one button without dragging (logical position).
    void clicked(QPoint position, Qt::MouseButton button);
    // The mouse moved over the widget with no button pressed (logical position).
    void hovered(QPoint position);
    // The mouse left the widget.
    void left();

protected:
    void initializeGL() override;
    void resizeGL(int width, int height) override;
    void paintGL() override;

    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void enterEvent(QEnterEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    void cleanupGL();
    void updateSize();
    void onVtkEvent(vtkObject *caller, unsigned long eventId, void *callData);
    void setEventPosition(QPointF position, Qt::KeyboardModifiers modifiers, int repeat = 0);

    struct Vtk;
    Vtk *m_vtk; // owned (VTK smart pointers kept out of this header)
    QSurface *m_surface = nullptr;
    QOpenGLContext *m_context = nullptr; // the context cleanup is connected to
    bool m_renderPending = true;
    bool m_inPaintGL = false;
    bool m_glReady = false;
    std::int64_t m_renderCount = 0;
    QPoint m_pressPosition;
    Qt::MouseButton m_pressButton = Qt::NoButton;
    bool m_dragged = false;
};

} // namespace hplx
