#pragma once

// The SCIM schema and message URNs ScimDesk reads and writes (RFC 7643 §8.7, RFC 7644 §3.12),
// defined once: a typo in one copy of a URN is a service silently ignoring an attribute.
namespace ScimDesk::Schemas {

inline constexpr char16_t CoreUser[] = u"urn:ietf:params:scim:schemas:core:2.0:User";
inline constexpr char16_t CoreGroup[] = u"urn:ietf:params:scim:schemas:core:2.0:Group";
inline constexpr char16_t EnterpriseUser[]
    = u"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
// Lucid's extension, where its licence flags (productLicenses) live.
inline constexpr char16_t LucidUser[] = u"urn:ietf:params:scim:schemas:extension:lucid:2.0:User";
inline constexpr char16_t PatchOp[] = u"urn:ietf:params:scim:api:messages:2.0:PatchOp";
inline constexpr char16_t ListResponse[] = u"urn:ietf:params:scim:api:messages:2.0:ListResponse";

} // namespace ScimDesk::Schemas
