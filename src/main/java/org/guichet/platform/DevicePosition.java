package org.guichet.platform;

import com.gluonhq.attach.position.Position;
import com.gluonhq.attach.position.PositionService;
import java.util.Optional;

/**
 * The device's position through Gluon Attach. On a desktop JVM there is no position service, so
 * {@link #available()} is false and the user types a commune or postcode instead.
 */
public final class DevicePosition {

    private final Optional<PositionService> service;

    private DevicePosition(Optional<PositionService> service) {
        this.service = service;
    }

    public static DevicePosition create() {
        return new DevicePosition(PositionService.create());
    }

    public boolean available() {
        return service.isPresent();
    }

    /** The last known position; empty until the device has a fix, or without a position service. */
    public Optional<Coordinates> current() {
        return service.flatMap(positions -> {
            positions.start();
            Position position = positions.getPosition();
            return position == null ? Optional.empty()
                    : Optional.of(new Coordinates(position.getLatitude(), position.getLongitude()));
        });
    }
}
