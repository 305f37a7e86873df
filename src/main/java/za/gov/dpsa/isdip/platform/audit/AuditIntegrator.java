package za.gov.dpsa.isdip.platform.audit;

import java.util.ArrayList;
import java.util.List;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.persister.entity.EntityPersister;

import za.gov.dpsa.isdip.platform.KeepsItsOwnRecord;

/**
 * Records every create, update and delete that goes through Hibernate, in every module, without the modules
 * doing anything: the audit trail cannot be forgotten by a new feature. Registered through the Integrator SPI.
 * Entities marked {@link KeepsItsOwnRecord} (a log of changes already audited) are left out.
 */
public class AuditIntegrator implements Integrator, PostInsertEventListener, PostUpdateEventListener,
        PostDeleteEventListener {

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext, SessionFactoryImplementor factory) {
        EventListenerRegistry registry = factory.getServiceRegistry().requireService(EventListenerRegistry.class);
        registry.appendListeners(EventType.POST_INSERT, this);
        registry.appendListeners(EventType.POST_UPDATE, this);
        registry.appendListeners(EventType.POST_DELETE, this);
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        write(event.getSession(), "CREATE", event.getPersister(), event.getId(), null);
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        List<String> changed = new ArrayList<>();
        int[] dirty = event.getDirtyProperties();
        String[] names = event.getPersister().getPropertyNames();
        if (dirty != null) {
            for (int index : dirty) {
                changed.add(names[index]);
            }
        }
        // Names of the changed fields only: the values may be personal information.
        write(event.getSession(), "UPDATE", event.getPersister(), event.getId(), "changed: " + String.join(", ", changed));
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        write(event.getSession(), "DELETE", event.getPersister(), event.getId(), null);
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    private static void write(org.hibernate.engine.spi.SharedSessionContractImplementor session, String action,
                              EntityPersister persister, Object id, String detail) {
        if (persister.getMappedClass().isAnnotationPresent(KeepsItsOwnRecord.class)) {
            return;
        }
        String type = persister.getEntityName().substring(persister.getEntityName().lastIndexOf('.') + 1)
                .replace("Entity", "");
        session.doWork(connection -> AuditWriter.write(connection, action, type, id, detail));
    }
}
