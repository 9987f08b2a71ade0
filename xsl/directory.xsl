<?xml version="1.0" encoding="UTF-8"?>
<!--
  directory.xsl: the person search of the regional directory, and the
  custom lists (saved searches) shown the same way.
  <content>
    <dirmenu …/> (see directory-nav.xsl)
    <savedlist id="" name=""/>                       (a custom list)
    <professions|specialties|orientations|services><option><code/><name/></option>…</…>
    <persons><person><id/><type/><family_name/><birth_name/><birth_date/>
      <given_name/><state/><profession/><specialty/><orientation/><login/>
      <matricule/><postal_code/><city/><centre/><updated_at/><access_state/><requested_at/>
      </person>…</persons>
    <filters><place/><type/><matricule/><adeli/><rpps/><login/><name/>
      <birth_name/><given/><profession/><specialty/><orientation/><state/>
      <svc/><access/><area/></filters>
    <list sort="" dir="" label="" keep="query to keep" query="the filters">
      <count/><page/><pages/></list>
  </content>
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>
  <xsl:include href="directory-nav.xsl"/>

  <xsl:template name="title">directory.title</xsl:template>

  <xsl:template match="content">
    <xsl:variable name="l" select="list"/>
    <xsl:call-template name="dirmenu">
      <xsl:with-param name="current">
        <xsl:choose>
          <xsl:when test="savedlist"><xsl:value-of select="concat('list:', savedlist/@id)"/></xsl:when>
          <xsl:otherwise>/directory</xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
    </xsl:call-template>
    <xsl:if test="savedlist">
      <h2><xsl:value-of select="savedlist/@name"/></h2>
    </xsl:if>
    <xsl:apply-templates select="filters"/>
    <h2 id="persons-title">
      <xsl:call-template name="msg">
        <xsl:with-param name="key" select="'directory.persons'"/>
        <xsl:with-param name="name" select="'n'"/>
        <xsl:with-param name="with" select="string($l/count)"/>
      </xsl:call-template>
    </h2>
    <xsl:call-template name="list-status">
      <xsl:with-param name="count" select="string($l/count)"/>
      <xsl:with-param name="label" select="string($l/@label)"/>
      <xsl:with-param name="dir" select="string($l/@dir)"/>
      <xsl:with-param name="updated" select="/page/@now"/>
    </xsl:call-template>
    <xsl:choose>
      <xsl:when test="persons/person"><xsl:apply-templates select="persons"/></xsl:when>
      <xsl:otherwise><p><xsl:value-of select="$t[@k='directory.none']"/></p></xsl:otherwise>
    </xsl:choose>
    <xsl:call-template name="dir-paging">
      <xsl:with-param name="base">
        <xsl:value-of select="concat('/directory?sort=', $l/@sort, '&amp;dir=', $l/@dir)"/>
        <xsl:if test="string($l/@keep)"><xsl:value-of select="concat('&amp;', $l/@keep)"/></xsl:if>
      </xsl:with-param>
    </xsl:call-template>
    <xsl:if test="not(savedlist) and string($l/@query)">
      <form method="post" action="/directory/lists" class="form">
        <h2><xsl:value-of select="$t[@k='directory.save.title']"/></h2>
        <xsl:call-template name="hidden-csrf"/>
        <input type="hidden" name="action" value="create"/>
        <input type="hidden" name="query" value="{$l/@query}"/>
        <xsl:call-template name="field">
          <xsl:with-param name="name" select="'list_name'"/>
          <xsl:with-param name="label" select="'directory.save.name'"/>
          <xsl:with-param name="required" select="'yes'"/>
          <xsl:with-param name="maxlength" select="'100'"/>
          <xsl:with-param name="autocomplete" select="'off'"/>
        </xsl:call-template>
        <div class="form-actions">
          <button type="submit" class="button button-secondary"><xsl:value-of select="$t[@k='directory.save.submit']"/></button>
        </div>
      </form>
    </xsl:if>
  </xsl:template>

  <!-- The search form: a GET, so a search can be bookmarked and saved. -->
  <xsl:template match="filters">
    <xsl:variable name="f" select="."/>
    <form method="get" action="/directory" class="form filters" role="search" aria-labelledby="filters-title">
      <h2 id="filters-title"><xsl:value-of select="$t[@k='directory.filters']"/></h2>
      <input type="hidden" name="sort" value="{../list/@sort}"/>
      <input type="hidden" name="dir" value="{../list/@dir}"/>
      <div class="filters-grid">
        <xsl:call-template name="text-filter"><xsl:with-param name="name" select="'place'"/><xsl:with-param name="label" select="'directory.place'"/><xsl:with-param name="value" select="$f/place"/></xsl:call-template>
        <xsl:call-template name="dir-select">
          <xsl:with-param name="name" select="'type'"/>
          <xsl:with-param name="label" select="'directory.type'"/>
          <xsl:with-param name="current" select="string($f/type)"/>
          <xsl:with-param name="codes" select="'health agent other'"/>
          <xsl:with-param name="prefix" select="'directory.type.'"/>
        </xsl:call-template>
        <xsl:call-template name="text-filter"><xsl:with-param name="name" select="'matricule'"/><xsl:with-param name="label" select="'directory.matricule'"/><xsl:with-param name="value" select="$f/matricule"/></xsl:call-template>
        <xsl:call-template name="text-filter"><xsl:with-param name="name" select="'adeli'"/><xsl:with-param name="label" select="'directory.adeli'"/><xsl:with-param name="value" select="$f/adeli"/><xsl:with-param name="help" select="'directory.adeli.help'"/><xsl:with-param name="max" select="'9'"/></xsl:call-template>
        <xsl:call-template name="text-filter"><xsl:with-param name="name" select="'rpps'"/><xsl:with-param name="label" select="'directory.rpps'"/><xsl:with-param name="value" select="$f/rpps"/><xsl:with-param name="help" select="'directory.rpps.help'"/><xsl:with-param name="max" select="'11'"/></xsl:call-template>
        <xsl:call-template name="text-filter"><xsl:with-param name="name" select="'login'"/><xsl:with-param name="label" select="'directory.login'"/><xsl:with-param name="value" select="$f/login"/></xsl:call-template>
        <xsl:call-template name="text-filter"><xsl:with-param name="name" select="'name'"/><xsl:with-param name="label" select="'directory.name'"/><xsl:with-param name="value" select="$f/name"/></xsl:call-template>
        <xsl:call-template name="text-filter"><xsl:with-param name="name" select="'birth_name'"/><xsl:with-param name="label" select="'directory.birth_name'"/><xsl:with-param name="value" select="$f/birth_name"/></xsl:call-template>
        <xsl:call-template name="text-filter"><xsl:with-param name="name" select="'given'"/><xsl:with-param name="label" select="'directory.given'"/><xsl:with-param name="value" select="$f/given"/></xsl:call-template>
        <xsl:call-template name="dir-select">
          <xsl:with-param name="name" select="'profession'"/>
          <xsl:with-param name="label" select="'directory.profession'"/>
          <xsl:with-param name="current" select="string($f/profession)"/>
          <xsl:with-param name="options" select="../professions/option"/>
        </xsl:call-template>
        <xsl:call-template name="dir-select">
          <xsl:with-param name="name" select="'specialty'"/>
          <xsl:with-param name="label" select="'directory.specialty'"/>
          <xsl:with-param name="current" select="string($f/specialty)"/>
          <xsl:with-param name="options" select="../specialties/option"/>
        </xsl:call-template>
        <xsl:call-template name="dir-select">
          <xsl:with-param name="name" select="'orientation'"/>
          <xsl:with-param name="label" select="'directory.orientation'"/>
          <xsl:with-param name="current" select="string($f/orientation)"/>
          <xsl:with-param name="options" select="../orientations/option"/>
        </xsl:call-template>
        <xsl:call-template name="dir-select">
          <xsl:with-param name="name" select="'state'"/>
          <xsl:with-param name="label" select="'directory.state'"/>
          <xsl:with-param name="current" select="string($f/state)"/>
          <xsl:with-param name="codes" select="'active inactive'"/>
          <xsl:with-param name="prefix" select="'directory.state.'"/>
        </xsl:call-template>
        <xsl:call-template name="dir-select">
          <xsl:with-param name="name" select="'svc'"/>
          <xsl:with-param name="label" select="'directory.svc'"/>
          <xsl:with-param name="current" select="string($f/svc)"/>
          <xsl:with-param name="options" select="../services/option"/>
        </xsl:call-template>
        <xsl:call-template name="dir-select">
          <xsl:with-param name="name" select="'access'"/>
          <xsl:with-param name="label" select="'directory.access'"/>
          <xsl:with-param name="current" select="string($f/access)"/>
          <xsl:with-param name="codes" select="'to_process accepted refused never_requested'"/>
          <xsl:with-param name="prefix" select="'directory.access.'"/>
        </xsl:call-template>
        <xsl:call-template name="dir-select">
          <xsl:with-param name="name" select="'area'"/>
          <xsl:with-param name="label" select="'directory.area'"/>
          <xsl:with-param name="current" select="string($f/area)"/>
          <xsl:with-param name="codes" select="'mine'"/>
          <xsl:with-param name="prefix" select="'directory.area.'"/>
          <xsl:with-param name="any" select="'directory.area.all'"/>
        </xsl:call-template>
      </div>
      <div class="form-actions">
        <button type="submit" class="button"><xsl:value-of select="$t[@k='directory.search']"/></button>
        <xsl:text> </xsl:text>
        <a href="/directory"><xsl:value-of select="$t[@k='directory.clear']"/></a>
      </div>
    </form>
  </xsl:template>

  <xsl:template name="text-filter">
    <xsl:param name="name"/>
    <xsl:param name="label"/>
    <xsl:param name="value"/>
    <xsl:param name="help" select="''"/>
    <xsl:param name="max" select="'100'"/>
    <xsl:call-template name="field">
      <xsl:with-param name="name" select="$name"/>
      <xsl:with-param name="label" select="$label"/>
      <xsl:with-param name="value" select="$value"/>
      <xsl:with-param name="help" select="$help"/>
      <xsl:with-param name="maxlength" select="$max"/>
      <xsl:with-param name="autocomplete" select="'off'"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="persons">
    <xsl:variable name="l" select="../list"/>
    <xsl:variable name="svc" select="string(../filters/svc)"/>
    <section class="table-wrap" aria-labelledby="persons-caption" tabindex="0">
      <table class="table">
        <caption id="persons-caption"><xsl:value-of select="$t[@k='directory.caption']"/></caption>
        <thead>
          <tr>
            <xsl:call-template name="col"><xsl:with-param name="sort" select="'type'"/></xsl:call-template>
            <xsl:call-template name="col"><xsl:with-param name="sort" select="'name'"/></xsl:call-template>
            <xsl:call-template name="col"><xsl:with-param name="sort" select="'birth_name'"/></xsl:call-template>
            <xsl:call-template name="col"><xsl:with-param name="sort" select="'birth_date'"/></xsl:call-template>
            <xsl:call-template name="col"><xsl:with-param name="sort" select="'given'"/></xsl:call-template>
            <xsl:call-template name="col"><xsl:with-param name="sort" select="'state'"/></xsl:call-template>
            <th scope="col"><xsl:value-of select="$t[@k='directory.col.profession']"/></th>
            <th scope="col"><xsl:value-of select="$t[@k='directory.col.specialty']"/></th>
            <th scope="col"><xsl:value-of select="$t[@k='directory.col.orientation']"/></th>
            <xsl:call-template name="col"><xsl:with-param name="sort" select="'login'"/></xsl:call-template>
            <xsl:call-template name="col"><xsl:with-param name="sort" select="'matricule'"/></xsl:call-template>
            <th scope="col"><xsl:value-of select="$t[@k='directory.col.centre']"/></th>
            <xsl:call-template name="col"><xsl:with-param name="sort" select="'updated'"/></xsl:call-template>
            <xsl:if test="$svc">
              <th scope="col"><xsl:value-of select="$t[@k='directory.col.access']"/></th>
              <th scope="col"><xsl:value-of select="$t[@k='directory.col.requested']"/></th>
            </xsl:if>
          </tr>
        </thead>
        <tbody>
          <xsl:for-each select="person">
            <xsl:variable name="type-key" select="concat('directory.type.', type)"/>
            <xsl:variable name="state-key" select="concat('directory.state.', state)"/>
            <tr>
              <td><xsl:value-of select="$t[@k = $type-key]"/></td>
              <th scope="row"><a href="/directory/person?id={id}"><xsl:value-of select="family_name"/></a></th>
              <td><xsl:value-of select="birth_name"/></td>
              <td>
                <xsl:call-template name="datetime">
                  <xsl:with-param name="value" select="birth_date"/>
                  <xsl:with-param name="format" select="'date'"/>
                </xsl:call-template>
              </td>
              <td><xsl:value-of select="given_name"/></td>
              <td><xsl:value-of select="$t[@k = $state-key]"/></td>
              <td><xsl:value-of select="profession"/></td>
              <td><xsl:value-of select="specialty"/></td>
              <td><xsl:value-of select="orientation"/></td>
              <td><xsl:value-of select="login"/></td>
              <td><xsl:value-of select="matricule"/></td>
              <td><xsl:value-of select="centre"/></td>
              <td>
                <xsl:call-template name="datetime">
                  <xsl:with-param name="value" select="updated_at"/>
                  <xsl:with-param name="format" select="'date'"/>
                </xsl:call-template>
              </td>
              <xsl:if test="$svc">
                <td>
                  <xsl:variable name="st">
                    <xsl:choose>
                      <xsl:when test="string(access_state)"><xsl:value-of select="access_state"/></xsl:when>
                      <xsl:otherwise>never_requested</xsl:otherwise>
                    </xsl:choose>
                  </xsl:variable>
                  <xsl:variable name="access-key" select="concat('directory.access.', $st)"/>
                  <xsl:value-of select="$t[@k = $access-key]"/>
                </td>
                <td>
                  <xsl:call-template name="datetime">
                    <xsl:with-param name="value" select="requested_at"/>
                  </xsl:call-template>
                </td>
              </xsl:if>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
    </section>
  </xsl:template>

  <!-- A sortable column header of the results. -->
  <xsl:template name="col">
    <xsl:param name="sort"/>
    <xsl:variable name="l" select="/page/content/list"/>
    <xsl:call-template name="sort-header">
      <xsl:with-param name="label" select="concat('directory.col.', $sort)"/>
      <xsl:with-param name="key" select="$sort"/>
      <xsl:with-param name="current" select="string($l/@sort)"/>
      <xsl:with-param name="dir" select="string($l/@dir)"/>
      <xsl:with-param name="query" select="string($l/@keep)"/>
    </xsl:call-template>
  </xsl:template>

</xsl:stylesheet>
