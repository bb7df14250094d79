#include "vtk/VtkWidget.h"

#include <QEnterEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QOpenGLContext>
#include <QSurfaceFormat>
#include <QWheelEvent>

#include <vtkActor.h>
#include <vtkCellPicker.h>
#include <vtkCommand.h>
#include <vtkGenericOpenGLRenderWindow.h>
#include <vtkGenericRenderWindowInteractor.h>
#include <vtkInteractorStyleTrackballCamera.h>
#include <vtkNew.h>
#include <vtkOpenGLState.h>
#include <vtkProp.h>
#include <vtkPropCollection.h>
#include <vtkProperty.h>
#include <vtkRenderer.h>
#include <vtkRendererCollection.h>
#include <vtkScalarBarActor.h>
#include <vtkUnsignedCharArray.h>

#include <cmath>
#include <cstring>
#include <functional>
#include <string>
#include <vector>

namespace hplx {

namespace {

// GL enums used with vtkOpenGLState (VTK's GLEW header must not meet Qt's GL headers).
constexpr unsigned int glDrawFramebuffer = 0x8CA9;
constexpr unsigned int glScissorTest = 0x0C11;
constexpr unsigned int glColorBufferBit = 0x00004000;

// A press and release closer than this (logical pixels) is a click, not a drag.
constexpr int clickSlop = 3;

// Qt key -> X11 keysym name as VTK's interactor styles expect it.
std::string keySym(const QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Left:
        return "Left";
    case Qt::Key_Right:
        return "Right";
    case Qt::Key_Up:
        return "Up";
    case Qt::Key_Down:
        return "Down";
    case Qt::Key_Return:
        return "Return";
    case Qt::Key_Escape:
        return "Escape";
    case Qt::Key_Space:
        return "space";
    case Qt::Key_Shift:
        return "Shift_L";
    case Qt::Key_Control:
        return "Control_L";
    case Qt::Key_Alt:
        return "Alt_L";
    default:
        break;
    }
    const QString text = event->text();
    if (text.size() == 1 && text.at(0).unicode() < 128 && text.at(0).isPrint())
        return text.toStdString();
    return {};
}

} // namespace

struct VtkWidget::Vtk
{
    vtkNew<vtkGenericOpenGLRenderWindow> window;
    vtkNew<vtkRenderer> renderer;
    vtkNew<vtkGenericRenderWindowInteractor> interactor;
    vtkNew<vtkCellPicker> picker;
    std::vector<std::pair<vtkObject *, unsigned long>> observers;
};

void VtkWidget::setDefaultSurfaceFormat()
{
    QSurfaceFormat format;
    format.setRenderableType(QSurfaceFormat::OpenGL);
    format.setVersion(3, 2);
    format.setProfile(QSurfaceFormat::CoreProfile);
    format.setRedBufferSize(8);
    format.setGreenBufferSize(8);
    format.setBlueBufferSize(8);
    format.setAlphaBufferSize(8);
    format.setDepthBufferSize(24);
    format.setStencilBufferSize(8);
    format.setSamples(0);
    format.setSwapBehavior(QSurfaceFormat::DoubleBuffer);
    QSurfaceFormat::setDefaultFormat(format);
    vtkOpenGLRenderWindow::SetGlobalMaximumNumberOfMultiSamples(0);
}

VtkWidget::VtkWidget(QWidget *parent) : QOpenGLWidget(parent), m_vtk(new Vtk)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setMinimumSize(64, 64);

    auto &w = *m_vtk->window;
    w.SetOwnContext(0);
    w.SetReadyForRendering(false);
    w.SetMultiSamples(0);
    w.SetFrameBlitModeToNoBlit();
    w.AddRenderer(m_vtk->renderer);
    m_vtk->renderer->SetBackground(1.0, 1.0, 1.0);

    m_vtk->interactor->SetRenderWindow(m_vtk->window);
    // Renders the interaction asks for are coalesced into paintGL (RenderEvent below).
    m_vtk->interactor->EnableRenderOff();
    vtkNew<vtkInteractorStyleTrackballCamera> style;
    m_vtk->interactor->SetInteractorStyle(style);
    m_vtk->interactor->Initialize();

    const auto observe = [this](vtkObject *object, unsigned long event) {
        const unsigned long tag = object->AddObserver(event, this, &VtkWidget::onVtkEvent);
        m_vtk->observers.emplace_back(object, tag);
    };
    observe(m_vtk->window, vtkCommand::WindowMakeCurrentEvent);
    observe(m_vtk->window, vtkCommand::WindowIsCurrentEvent);
    observe(m_vtk->window, vtkCommand::WindowFrameEvent);
    observe(m_vtk->window, vtkCommand::EndEvent);
    observe(m_vtk->interactor, vtkCommand::RenderEvent);
}

VtkWidget::~VtkWidget()
{
    if (m_context)
        disconnect(m_context, nullptr, this, nullptr);
    cleanupGL();
    for (const auto &[object, tag] : m_vtk->observers)
        object->RemoveObserver(tag);
    delete m_vtk;
}

vtkRenderer *VtkWidget::renderer() const
{
    return m_vtk->renderer;
}

vtkGenericOpenGLRenderWindow *VtkWidget::renderWindow() const
{
    return m_vtk->window;
}

vtkGenericRenderWindowInteractor *VtkWidget::interactor() const
{
    return m_vtk->interactor;
}

void VtkWidget::setInteractorStyle(vtkInteractorObserver *style)
{
    if (style) {
        m_vtk->interactor->SetInteractorStyle(style);
    } else {
        vtkNew<vtkInteractorStyleTrackballCamera> trackball;
        m_vtk->interactor->SetInteractorStyle(trackball);
    }
}

void VtkWidget::render()
{
    m_renderPending = true;
    update();
}

QImage VtkWidget::grabImage()
{
    m_renderPending = true;
    // grabFramebuffer runs paintGL into the widget's framebuffer and reads it back.
    return grabFramebuffer().convertToFormat(QImage::Format_RGB32);
}

QImage VtkWidget::renderFigure(QSize size, double pixelScale, double textScale)
{
    if (!m_glReady || size.isEmpty())
        return {};
    auto &w = *m_vtk->window;
    std::vector<std::function<void()>> restore;
    // Everything sized in pixels grows with the figure's resolution.
    vtkRendererCollection *renderers = w.GetRenderers();
    renderers->InitTraversal();
    while (vtkRenderer *renderer = renderers->GetNextItem()) {
        vtkPropCollection *props = renderer->GetViewProps();
        props->InitTraversal();
        while (vtkProp *prop = props->GetNextProp()) {
            if (auto *actor = vtkActor::SafeDownCast(prop)) {
                vtkProperty *property = actor->GetProperty();
                const float point = property->GetPointSize(), line = property->GetLineWidth();
                const bool spheres = property->GetRenderPointsAsSpheres();
                property->SetPointSize(static_cast<float>(point * pixelScale));
                property->SetLineWidth(static_cast<float>(line * pixelScale));
                // A few screen pixels read as dots; scaled up they would be squares.
                property->SetRenderPointsAsSpheres(true);
                restore.emplace_back([property, point, line, spheres] {
                    property->SetPointSize(point);
                    property->SetLineWidth(line);
                    property->SetRenderPointsAsSpheres(spheres);
                });
            } else if (auto *bar = vtkScalarBarActor::SafeDownCast(prop)) {
                const int width = bar->GetMaximumWidthInPixels(), height = bar->GetMaximumHeightInPixels();
                const int separation = bar->GetVerticalTitleSeparation(), pad = bar->GetTextPad();
                const auto grow = [pixelScale](int v) {
                    return v >= VTK_INT_MAX / 64 ? v : static_cast<int>(std::lround(v * pixelScale));
                };
                bar->SetMaximumWidthInPixels(grow(width));
                bar->SetMaximumHeightInPixels(grow(height));
                bar->SetVerticalTitleSeparation(grow(separation));
                bar->SetTextPad(grow(pad));
                restore.emplace_back([bar, width, height, separation, pad] {
                    bar->SetMaximumWidthInPixels(width);
                    bar->SetMaximumHeightInPixels(height);
                    bar->SetVerticalTitleSeparation(separation);
                    bar->SetTextPad(pad);
                });
            }
        }
    }
    const int oldWidth = w.GetSize()[0], oldHeight = w.GetSize()[1];
    const int oldDpi = w.GetDPI();

    makeCurrent();
    vtkOpenGLState *state = w.GetState();
    state->Reset();
    state->Push();
    // VTK measures text in points at the window's DPI (72 = one pixel per point).
    w.SetDPI(std::max(1, static_cast<int>(std::lround(72.0 * pixelScale * textScale))));
    w.SetSize(size.width(), size.height());
    w.Render();
    QImage image(size, QImage::Format_RGBX8888);
    vtkNew<vtkUnsignedCharArray> pixels;
    w.GetRGBACharPixelData(0, 0, size.width() - 1, size.height() - 1, 0, pixels);
    // VTK's rows run bottom to top; its background alpha is 0 (RGBX ignores it).
    const std::size_t rowBytes = static_cast<std::size_t>(size.width()) * 4;
    for (int y = 0; y < size.height(); ++y)
        std::memcpy(image.scanLine(size.height() - 1 - y), pixels->GetPointer(0) + rowBytes * std::size_t(y), rowBytes);

    for (auto it = restore.rbegin(); it != restore.rend(); ++it)
        (*it)();
    w.SetDPI(oldDpi);
    w.SetSize(oldWidth, oldHeight);
    state->Pop();
    doneCurrent();
    // The next frame on screen is rendered at the widget's own size again.
    render();
    return image.convertToFormat(QImage::Format_RGB32);
}

VtkWidget::PickResult VtkWidget::pickAt(QPoint position, double tolerance) const
{
    PickResult result;
    const auto display = toDisplay(QPointF(position));
    m_vtk->picker->SetTolerance(tolerance);
    if (m_vtk->picker->Pick(display[0], display[1], 0.0, m_vtk->renderer) == 0)
        return result;
    result.prop = m_vtk->picker->GetViewProp();
    result.hit = result.prop != nullptr;
    m_vtk->picker->GetPickPosition(result.position.data());
    result.cellId = m_vtk->picker->GetCellId();
    result.pointId = m_vtk->picker->GetPointId();
    return result;
}

std::array<double, 2> VtkWidget::toDisplay(QPointF position) const
{
    const double ratio = devicePixelRatioF();
    const double deviceHeight = std::round(height() * ratio);
    return {position.x() * ratio, deviceHeight - 1.0 - position.y() * ratio};
}

QPointF VtkWidget::fromDisplay(double x, double y) const
{
    const double ratio = devicePixelRatioF();
    const double deviceHeight = std::round(height() * ratio);
    return {x / ratio, (deviceHeight - 1.0 - y) / ratio};
}

void VtkWidget::initializeGL()
{
    if (m_context)
        disconnect(m_context, nullptr, this, nullptr);
    m_context = context();
    // Direct: the context is about to go (reparenting, teardown); VTK must
    // release its GL objects while it still exists.
    connect(m_context, &QOpenGLContext::aboutToBeDestroyed, this, &VtkWidget::cleanupGL, Qt::DirectConnection);
    m_surface = m_context->surface();

    auto &w = *m_vtk->window;
    w.GetState()->Reset();
    w.SetOwnContext(0);
    w.SetReadyForRendering(true);
    w.OpenGLInitContext();
    w.SetFrameBlitModeToNoBlit();
    m_glReady = true;
    updateSize();
    m_renderPending = true;
}

void VtkWidget::resizeGL(int, int)
{
    updateSize();
    m_renderPending = true;
}

void VtkWidget::updateSize()
{
    const double ratio = devicePixelRatioF();
    const int deviceWidth = static_cast<int>(std::lround(width() * ratio));
    const int deviceHeight = static_cast<int>(std::lround(height() * ratio));
    m_vtk->window->SetDPI(static_cast<int>(std::lround(72.0 * ratio)));
    m_vtk->interactor->UpdateSize(deviceWidth, deviceHeight);
    m_vtk->window->SetSize(deviceWidth, deviceHeight);
}

void VtkWidget::paintGL()
{
    if (!m_glReady)
        return;
    m_inPaintGL = true;
    auto &w = *m_vtk->window;
    vtkOpenGLState *state = w.GetState();
    // Qt changed GL state behind VTK's cache since the last frame.
    state->Reset();
    state->Push();
    if (m_renderPending) {
        m_renderPending = false;
        w.Render();
    }
    // defaultFramebufferObject() is only valid here (0 in initializeGL).
    state->vtkglBindFramebuffer(glDrawFramebuffer, defaultFramebufferObject());
    state->vtkglDisable(glScissorTest);
    w.BlitDisplayFramebuffer();
    // VTK leaves alpha 0 in the background and QOpenGLWidget composes with alpha.
    state->vtkglColorMask(0, 0, 0, 1);
    state->vtkglClearColor(0.0f, 0.0f, 0.0f, 1.0f);
    state->vtkglClear(glColorBufferBit);
    state->Pop();
    m_inPaintGL = false;
}

void VtkWidget::cleanupGL()
{
    if (!m_glReady)
        return;
    makeCurrent();
    m_vtk->window->Finalize();
    m_vtk->window->SetReadyForRendering(false);
    m_glReady = false;
    doneCurrent();
}

void VtkWidget::onVtkEvent(vtkObject *, unsigned long eventId, void *callData)
{
    switch (eventId) {
    case vtkCommand::WindowMakeCurrentEvent:
        // The context's makeCurrent, not QOpenGLWidget::makeCurrent(): the latter
        // rebinds Qt's framebuffer in the middle of VTK's render.
        if (m_context && m_surface
            && (QOpenGLContext::currentContext() != m_context || m_context->surface() != m_surface))
            m_context->makeCurrent(m_surface);
        break;
    case vtkCommand::WindowIsCurrentEvent: {
        auto *isCurrent = static_cast<bool *>(callData);
        *isCurrent = m_context && QOpenGLContext::currentContext() == m_context && m_context->surface() == m_surface;
        break;
    }
    case vtkCommand::WindowFrameEvent:
        if (!m_inPaintGL)
            update();
        break;
    case vtkCommand::EndEvent:
        ++m_renderCount;
        break;
    case vtkCommand::RenderEvent:
        render();
        break;
    default:
        break;
    }
}

void VtkWidget::setEventPosition(QPointF position, Qt::KeyboardModifiers modifiers, int repeat)
{
    const auto display = toDisplay(position);
    auto *interactor = m_vtk->interactor.GetPointer();
    interactor->SetEventInformation(
        static_cast<int>(std::lround(display[0])), static_cast<int>(std::lround(display[1])),
        modifiers.testFlag(Qt::ControlModifier) ? 1 : 0, modifiers.testFlag(Qt::ShiftModifier) ? 1 : 0, 0, repeat);
    interactor->SetAltKey(modifiers.testFlag(Qt::AltModifier) ? 1 : 0);
}

void VtkWidget::mousePressEvent(QMouseEvent *event)
{
    setEventPosition(event->position(), event->modifiers());
    m_pressPosition = event->position().toPoint();
    m_pressButton = event->button();
    m_dragged = false;
    switch (event->button()) {
    case Qt::LeftButton:
        m_vtk->interactor->InvokeEvent(vtkCommand::LeftButtonPressEvent, event);
        break;
    case Qt::MiddleButton:
        m_vtk->interactor->InvokeEvent(vtkCommand::MiddleButtonPressEvent, event);
        break;
    case Qt::RightButton:
        m_vtk->interactor->InvokeEvent(vtkCommand::RightButtonPressEvent, event);
        break;
    default:
        break;
    }
    event->accept();
}

void VtkWidget::mouseMoveEvent(QMouseEvent *event)
{
    setEventPosition(event->position(), event->modifiers());
    m_vtk->interactor->InvokeEvent(vtkCommand::MouseMoveEvent, event);
    if (event->buttons() == Qt::NoButton) {
        Q_EMIT hovered(event->position().toPoint());
    } else if ((event->position().toPoint() - m_pressPosition).manhattanLength() > clickSlop) {
        m_dragged = true;
    }
    event->accept();
}

void VtkWidget::mouseReleaseEvent(QMouseEvent *event)
{
    setEventPosition(event->position(), event->modifiers());
    switch (event->button()) {
    case Qt::LeftButton:
        m_vtk->interactor->InvokeEvent(vtkCommand::LeftButtonReleaseEvent, event);
        break;
    case Qt::MiddleButton:
        m_vtk->interactor->InvokeEvent(vtkCommand::MiddleButtonReleaseEvent, event);
        break;
    case Qt::RightButton:
        m_vtk->interactor->InvokeEvent(vtkCommand::RightButtonReleaseEvent, event);
        break;
    default:
        break;
    }
    const QPoint position = event->position().toPoint();
    if (event->button() == m_pressButton && !m_dragged && (position - m_pressPosition).manhattanLength() <= clickSlop)
        Q_EMIT clicked(position, event->button());
    m_pressButton = Qt::NoButton;
    event->accept();
}

void VtkWidget::mouseDoubleClickEvent(QMouseEvent *event)
{
    // VTK marks a double click with a repeat count on the press.
    setEventPosition(event->position(), event->modifiers(), 1);
    if (event->button() == Qt::LeftButton)
        m_vtk->interactor->InvokeEvent(vtkCommand::LeftButtonPressEvent, event);
    else if (event->button() == Qt::RightButton)
        m_vtk->interactor->InvokeEvent(vtkCommand::RightButtonPressEvent, event);
    else if (event->button() == Qt::MiddleButton)
        m_vtk->interactor->InvokeEvent(vtkCommand::MiddleButtonPressEvent, event);
    m_pressPosition = event->position().toPoint();
    m_pressButton = event->button();
    m_dragged = false;
    event->accept();
}

void VtkWidget::wheelEvent(QWheelEvent *event)
{
    setEventPosition(event->position(), event->modifiers());
    const QPoint delta = event->angleDelta();
    const int steps = delta.y() != 0 ? delta.y() : delta.x();
    if (steps > 0)
        m_vtk->interactor->InvokeEvent(vtkCommand::MouseWheelForwardEvent, event);
    else if (steps < 0)
        m_vtk->interactor->InvokeEvent(vtkCommand::MouseWheelBackwardEvent, event);
    event->accept();
}

void VtkWidget::keyPressEvent(QKeyEvent *event)
{
    const std::string sym = keySym(event);
    const char code = sym.size() == 1 ? sym.front() : 0;
    const auto mods = event->modifiers();
    auto *interactor = m_vtk->interactor.GetPointer();
    interactor->SetKeyEventInformation(mods.testFlag(Qt::ControlModifier) ? 1 : 0,
                                       mods.testFlag(Qt::ShiftModifier) ? 1 : 0, code, event->isAutoRepeat() ? 1 : 0,
                                       sym.empty() ? nullptr : sym.c_str());
    interactor->SetAltKey(mods.testFlag(Qt::AltModifier) ? 1 : 0);
    interactor->InvokeEvent(vtkCommand::KeyPressEvent, event);
    if (code != 0)
        interactor->InvokeEvent(vtkCommand::CharEvent, event);
    event->accept();
}

void VtkWidget::keyReleaseEvent(QKeyEvent *event)
{
    const std::string sym = keySym(event);
    const char code = sym.size() == 1 ? sym.front() : 0;
    const auto mods = event->modifiers();
    auto *interactor = m_vtk->interactor.GetPointer();
    interactor->SetKeyEventInformation(mods.testFlag(Qt::ControlModifier) ? 1 : 0,
                                       mods.testFlag(Qt::ShiftModifier) ? 1 : 0, code, event->isAutoRepeat() ? 1 : 0,
                                       sym.empty() ? nullptr : sym.c_str());
    interactor->InvokeEvent(vtkCommand::KeyReleaseEvent, event);
    event->accept();
}

void VtkWidget::enterEvent(QEnterEvent *event)
{
    setEventPosition(event->position(), event->modifiers());
    m_vtk->interactor->InvokeEvent(vtkCommand::EnterEvent, event);
    QOpenGLWidget::enterEvent(event);
}

void VtkWidget::leaveEvent(QEvent *event)
{
    m_vtk->interactor->InvokeEvent(vtkCommand::LeaveEvent, event);
    Q_EMIT left();
    QOpenGLWidget::leaveEvent(event);
}

} // namespace hplx
