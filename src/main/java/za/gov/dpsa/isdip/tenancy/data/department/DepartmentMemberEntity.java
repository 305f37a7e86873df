package za.gov.dpsa.isdip.tenancy.data.department;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import za.gov.dpsa.isdip.tenancy.DepartmentMember;
import za.gov.dpsa.isdip.tenancy.PortalRole;

/** A member of the department (its own database), refreshed from the token at every sign-in. */
@Entity
@Table(name = "department_member")
public class DepartmentMemberEntity {

    @Id
    @Convert(disableConversion = true)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    private String email;

    @Column(nullable = false)
    private String roles;

    @Column(name = "last_seen_at", nullable = false)
    private Instant lastSeenAt;

    protected DepartmentMemberEntity() {
    }

    public DepartmentMemberEntity(String username) {
        this.username = username;
    }

    public void update(String displayName, String email, Set<PortalRole> roles, Instant seenAt) {
        this.displayName = displayName;
        this.email = email;
        setRoles(roles);
        this.lastSeenAt = seenAt;
    }

    /** Roles changed by an administrator: the member was not seen for it. */
    public void setRoles(Set<PortalRole> roles) {
        this.roles = roles.stream().map(PortalRole::roleName).sorted().collect(Collectors.joining(","));
    }

    public Instant getLastSeenAt() {
        return lastSeenAt;
    }

    public DepartmentMember toMember() {
        Set<PortalRole> parsed = EnumSet.noneOf(PortalRole.class);
        Arrays.stream(roles.split(",")).forEach(name -> PortalRole.fromRoleName(name).ifPresent(parsed::add));
        return new DepartmentMember(username, displayName, email, parsed);
    }
}
