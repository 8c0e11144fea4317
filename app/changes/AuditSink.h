#pragma once

#include <QString>

namespace ScimDesk {

struct Change;
struct ChangeResult;
struct Plan;

// Where the apply engine records the outcome of each change it sent. Defined here so that the
// changes module does not depend on the audit module, which implements it (AuditLog).
class AuditSink
{
public:
    virtual ~AuditSink() = default;
    // Records the final outcome of `change`. Empty on success, else why it was not recorded.
    virtual QString record(const Plan &plan, const Change &change, const ChangeResult &result) = 0;
    // Whether records can be written now: empty when they can, else why not. Asked before the
    // first request of an apply, so that an apply whose record cannot be kept sends nothing.
    virtual QString writable() { return {}; }
    // The run the records that follow belong to: one apply, continued by its resume.
    virtual void setRun(const QString &runId) { Q_UNUSED(runId) }
    // A new run's id: sortable by time, unique ("20261130T093000Z-4f2a9c").
    static QString newRunId();
};

} // namespace ScimDesk
