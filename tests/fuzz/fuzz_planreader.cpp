// libFuzzer target for the plan reader: a plan file is untrusted input (anyone can edit one).
// Any bytes must be refused with a reason or give a plan, never a crash, a hang or undefined
// behaviour; whatever is accepted must be judged (what each request does, whether it agrees
// with its change, its dependency cycles) without harm; and a plan that was read must be
// written back and read again to the same plan, so a saved plan means what was reviewed.
//
//   tests/fuzz/run-fuzz.sh SOURCE_DIR BUILD_DIR SECONDS fuzz_planreader

#include "changes/Plan.h"
#include "changes/RequestEffect.h"
#include "scim/Preset.h"
#include "scim/ServiceCapabilities.h"

#include <QJsonDocument>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace ScimDesk;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    if (!document.isObject())
        return 0;
    QString error;
    const std::optional<Plan> plan = Plan::fromJson(document.object(), &error);
    if (!plan) {
        if (error.isEmpty()) // a refusal always says why
            std::abort();
        return 0;
    }

    static const ServiceCapabilities capabilities = [] {
        ServiceCapabilities caps;
        caps.patch = true;
        caps.applyPreset(Preset::byId(QStringLiteral("lucid")));
        return caps;
    }();
    for (const Change &change : plan->changes) {
        const RequestEffect effect = RequestEffect::of(change.request, capabilities);
        (void)RequestEffect::disagreement(change, effect);
        (void)effect.describe(change.targetName);
        (void)plan->find(change.id);
    }
    (void)plan->dependencyCycle();
    (void)plan->countsText();
    (void)plan->originText();
    (void)plan->deprovisionCount();

    const QJsonObject written = plan->toJson();
    QString again;
    const std::optional<Plan> reread = Plan::fromJson(written, &again);
    if (!reread || reread->toJson() != written)
        std::abort();
    return 0;
}
