package vn.vanban.domain.model.organisation;

import java.util.List;
import java.util.Optional;

public interface CommitteeRepository {

    Optional<Committee> find(long id);

    List<Committee> all();

    long count();

    List<Membership> membershipsOf(String username);

    void add(Committee committee);
}
