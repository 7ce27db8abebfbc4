package cn.cppcc.liaison.visit;

import cn.cppcc.liaison.kernel.Period;
import cn.cppcc.liaison.kernel.Predicate;
import cn.cppcc.liaison.kernel.event.ActiveStudiosQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Answers the studio list which studios were active: {@link VisitFigure#ACTIVE_STUDIOS}. */
@ApplicationScoped
class ActiveStudios {

    void answer(@Observes ActiveStudiosQuery query) {
        Predicate active = VisitFigure.activeStudios(new Period(query.from(), query.to(), query.today()));
        query.answer(active.condition(), active.parameters());
    }
}
